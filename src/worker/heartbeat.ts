import { hostname } from 'node:os';
import type { WorkerUtils } from 'graphile-worker';
import type { Sql } from '../store/engine.ts';

/**
 * Worker heartbeats. graphile-worker unlocks the jobs of a worker that died only after hours, so
 * each worker process writes a heartbeat for its graphile workers, and every worker unlocks jobs
 * locked for longer than `staleSeconds` by a worker without a recent heartbeat: a job whose
 * worker was killed runs again on another one within about `staleSeconds`.
 */

/** Records that these graphile workers (of this process) are alive. */
export async function beat(sql: Sql, workerIds: readonly string[]): Promise<void> {
  if (workerIds.length === 0) return;
  await sql.query(
    `insert into worker_heartbeats (id, host, pid)
     select w.value, $2, $3 from jsonb_array_elements_text($1::jsonb) as w(value)
     on conflict (id) do update set seen_at = now()`,
    [JSON.stringify(workerIds), hostname(), process.pid],
  );
}

/** Unlocks the jobs of workers gone silent; returns their ids. */
export async function unlockDeadWorkers(
  sql: Sql,
  utils: WorkerUtils,
  staleSeconds: number,
): Promise<string[]> {
  const rows = await sql.query<{ locked_by: string }>(
    `select distinct j.locked_by from graphile_worker.jobs j
     where j.locked_by is not null and j.locked_at < now() - make_interval(secs => $1)
       and not exists (select 1 from worker_heartbeats h
                       where h.id = j.locked_by and h.seen_at > now() - make_interval(secs => $1))`,
    [staleSeconds],
  );
  const dead = rows.map((row) => row.locked_by);
  if (dead.length > 0) await utils.forceUnlockWorkers(dead);
  await sql.query('delete from worker_heartbeats where seen_at < now() - make_interval(secs => $1 * 10)', [
    staleSeconds,
  ]);
  return dead;
}

/** Jobs not finished yet (waiting, running or to be retried); permanently failed ones do not count. */
export async function pendingJobs(sql: Sql): Promise<number> {
  const [row] = await sql.query<{ n: number }>(
    'select count(*)::int as n from graphile_worker.jobs where attempts < max_attempts',
  );
  return row?.n ?? 0;
}
