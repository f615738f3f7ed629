import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';

@Injectable()
export class OrganisationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(): Promise<OrganisationEntity[]> {
    return this.dataSource.manager.find(OrganisationEntity, { order: { name: 'ASC' } });
  }

  bySlugs(slugs: string[]): Promise<OrganisationEntity[]> {
    return slugs.length ? this.dataSource.manager.findBy(OrganisationEntity, { slug: In(slugs) }) : Promise.resolve([]);
  }
}
