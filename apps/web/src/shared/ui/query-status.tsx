import { useTranslation } from '../../i18n/use-translation';
import { useDelayed } from '../use-delayed';

/**
 * What a page shows while its data loads: the text only once the wait lasts (300 ms), so a quick answer does not
 * flash « Chargement… » (issue 13, item 19). The live region is there from the start, so the text is announced.
 */
export function LoadingMessage({ text }: { text: string }) {
  const show = useDelayed(true);
  return (
    <p className="placeholder" role="status">
      {show ? text : ''}
    </p>
  );
}

/** How long a skeleton bar is, as a share of the column (classes in styles.css: no inline style under the CSP). */
export type SkeletonWidth = 20 | 30 | 60 | 70 | 90 | 100;

/** Grey bars in the shape of what is coming, so the page keeps its layout while it loads (hidden from screen readers). */
export function Skeleton({ lines, className = '' }: { lines: readonly SkeletonWidth[]; className?: string }) {
  return (
    <div className={`skeleton ${className}`.trim()} aria-hidden="true">
      {lines.map((width, index) => (
        <span key={index} className={`skeleton-line skeleton-w${width}`} />
      ))}
    </div>
  );
}

/** What a page shows when its data could not be loaded, with a way to try again. */
export function LoadError({ text, onRetry }: { text: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error" role="alert">
      <p>{text}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}
