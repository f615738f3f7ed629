import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ListDocument } from './list-document';

/** The meeting a list prepares, if any (the earliest upcoming event it is attached to, else the latest past one). */
@Injectable()
export class MeetingLookup {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async meetingOf(listId: string): Promise<ListDocument['meeting']> {
    const [row] = await this.dataSource.query(
      `SELECT e.title, e.starts_at, e.place, e.time_zone FROM event_reading_lists erl JOIN events e ON e.id = erl.event_id
       WHERE erl.list_id = $1 ORDER BY (e.starts_at < now()), abs(extract(epoch FROM e.starts_at - now())) LIMIT 1`,
      [listId],
    );
    return row ? { title: row.title, startsAt: row.starts_at, place: row.place, timeZone: row.time_zone } : null;
  }
}
