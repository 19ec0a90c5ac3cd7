import '../lazyPanels.css';
import { useCallback, useRef, useState } from 'react';
import { useT } from '../stores';
import './freeplay.css';
import { DEFAULT_PRESET, ManifestEditor, presetYaml } from './ManifestEditor';
import { Terminal } from './Terminal';
import './messages';

/**
 * Free play (lazy-loaded with CodeMirror when its tab opens): the manifest editor and the terminal. The
 * terminal's `kubectl apply -f -` reads the editor's text, kept in a ref so typing does not re-render the panel.
 */
export default function FreePlayPanel() {
  const t = useT();
  const [initial] = useState(() => presetYaml(DEFAULT_PRESET));
  const manifest = useRef<string | null>(null);
  const readManifest = useCallback(() => manifest.current ?? initial, [initial]);
  return (
    <div className="freeplay">
      <h2 className="panel-heading">{t('freeplay.title')}</h2>
      <p className="fp-hint">{t('freeplay.intro')}</p>
      <ManifestEditor
        initialText={initial}
        onText={(text) => {
          manifest.current = text;
        }}
      />
      <Terminal readManifest={readManifest} />
    </div>
  );
}
