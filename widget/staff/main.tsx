import { render } from 'preact'
import { DEFAULT_ACCENT, textOn } from '../accent.js'
import { App } from './app.js'
import './staff.css'

// The clinic's colour, set through the CSSOM: the page's CSP allows no inline styles.
document.documentElement.style.setProperty('--accent', DEFAULT_ACCENT)
document.documentElement.style.setProperty('--on-accent', textOn(DEFAULT_ACCENT))

const app = document.getElementById('app')
if (app) render(<App />, app)
