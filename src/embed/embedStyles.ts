// Embed mode's layout, stylesheets of their own, and its own words (startApp loads them before an embed's
// first render).
import '../view/shell/oneScreen.css';
import './embed.css';
import './embedMessages';
