import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';

@Injectable()
export class OrganisationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(): Promise<OrganisationEntity[]> {
    return this.dataSource.manager.find(OrganisationEntity, { order: { name: 'ASC' } });
  }
}
