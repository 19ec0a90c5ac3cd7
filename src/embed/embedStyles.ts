// Embed mode's layout, stylesheets of their own (startApp loads them before an embed's first render).
import '../view/shell/oneScreen.css';
import './embed.css';
