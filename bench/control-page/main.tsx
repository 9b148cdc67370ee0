/**
 * The popup's control in the bench (bench/README.md): a page of the same build, loaded the same
 * way (one HTML file, one script built on its own, the shared stylesheet), where Preact paints
 * one line and nothing else. Built only by `wxt build --mode bench`, never shipped.
 */
import { render } from 'preact';
import '@/components/styles.css';

render(<p class="control-line">Circuit court</p>, document.getElementById('app')!);
