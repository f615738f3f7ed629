import { planMove, renumber } from './reorder';

const items = ['a', 'b', 'c', 'd'].map((id, index) => ({ id, position: index + 1 }));
const order = (list: readonly { id: string }[]) => list.map((item) => item.id).join('');

describe('planMove', () => {
  it('tells the API to put an item first with afterItemId null', () => {
    const plan = planMove(items, 'c', 0);
    expect(plan?.afterItemId).toBeNull();
    expect(order(plan!.items)).toBe('cabd');
  });

  it('names the item that will precede it when moving up', () => {
    const plan = planMove(items, 'd', 1);
    expect(plan?.afterItemId).toBe('a');
    expect(order(plan!.items)).toBe('adbc');
  });

  it('names the item that will precede it when moving down, not the one that was there before', () => {
    // « Descendre » on b: b goes after c.
    expect(planMove(items, 'b', 2)?.afterItemId).toBe('c');
    expect(order(planMove(items, 'b', 2)!.items)).toBe('acbd');
    // Dropped last: after d.
    const last = planMove(items, 'a', 3);
    expect(last?.afterItemId).toBe('d');
    expect(order(last!.items)).toBe('bcda');
  });

  it('gives what moved from where to where', () => {
    expect(planMove(items, 'd', 1)).toMatchObject({ itemId: 'd', fromIndex: 3, toIndex: 1 });
  });

  it('plans nothing for the same place, an index outside the list or an unknown item', () => {
    expect(planMove(items, 'b', 1)).toBeNull();
    expect(planMove(items, 'b', 4)).toBeNull();
    expect(planMove(items, 'b', -1)).toBeNull();
    expect(planMove(items, 'z', 0)).toBeNull();
  });
});

describe('renumber', () => {
  it('numbers the items 1, 2, 3… in their new order, as the API will', () => {
    const moved = planMove(items, 'd', 0)!.items;
    expect(renumber(moved).map((item) => `${item.id}${item.position}`)).toEqual(['d1', 'a2', 'b3', 'c4']);
  });
});
