const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `id` can be a PostgreSQL uuid: ids from clients are checked before a query would fail on the cast. */
export const isUuid = (id: string): boolean => UUID.test(id);
