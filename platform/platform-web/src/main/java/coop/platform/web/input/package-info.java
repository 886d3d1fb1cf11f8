/**
 * What every service refuses in its input before any of its code runs: control
 * characters, coerced JSON scalars, dates outside a sensible window.
 */
package coop.platform.web.input;
