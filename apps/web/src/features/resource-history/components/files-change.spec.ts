import { filesChange } from './files-change';

describe('filesChange: a version’s files change read as added, removed, main file and order', () => {
  it('lists the files added and removed by name', () => {
    expect(filesChange('guide.pdf, ancien.pdf', 'guide.pdf, plan.odp')).toEqual([
      { kind: 'added', name: 'plan.odp' },
      { kind: 'removed', name: 'ancien.pdf' },
    ]);
  });

  it('names the new main file (listed first by the API), but not a lone first file', () => {
    expect(filesChange('guide.pdf, plan.odp', 'plan.odp, guide.pdf')).toEqual([{ kind: 'main', name: 'plan.odp' }]);
    expect(filesChange(null, 'guide.pdf')).toEqual([{ kind: 'added', name: 'guide.pdf' }]);
    expect(filesChange('guide.pdf', null)).toEqual([{ kind: 'removed', name: 'guide.pdf' }]);
  });

  it('says only that the order changed when nothing else did', () => {
    expect(filesChange('guide.pdf, a.png, b.png', 'guide.pdf, b.png, a.png')).toEqual([{ kind: 'reordered' }]);
  });
});
