// Embed mode's layout, a stylesheet of its own (startApp loads it before an embed's first render).
import './embed.css';
