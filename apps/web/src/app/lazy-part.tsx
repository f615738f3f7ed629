import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { loadMoreFrench } from '../i18n/i18n';
import { LoadingMessage } from '../shared/ui/query-status';

/**
 * What shows while a page's or a section's code arrives: the same delayed « Chargement… » live region as a page whose
 * data loads, so a quick load does not flash it (decision 0045).
 */
export function CodeLoading() {
  const { t } = useTranslation();
  return <LoadingMessage text={t('common.loading')} />;
}

/**
 * A component whose code is a chunk of its own, fetched the first time it renders: `name` is its export in the module
 * that `load` imports. Pages and sections that most visitors never open stay out of the first download, and so do the
 * French texts only they show: the part renders once both have arrived (decision 0051).
 */
export function lazyPart<Props extends object, Name extends string>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
) {
  return lazy(async () => {
    const [module] = await Promise.all([load(), loadMoreFrench()]);
    return { default: module[name] };
  });
}

/** A lazy section inside a page that is already there: its own « Chargement… » keeps the rest of the page shown. */
export function SectionBoundary({ children }: { children: ReactNode }) {
  return <Suspense fallback={<CodeLoading />}>{children}</Suspense>;
}
