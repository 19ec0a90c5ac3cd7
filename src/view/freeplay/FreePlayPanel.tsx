import { useT } from '../stores';

/** Placeholder until free play lands: the manifest editor and the terminal (loaded lazily). */
export default function FreePlayPanel() {
  const t = useT();
  return <h2 className="panel-heading">{t('freeplay.title')}</h2>;
}
