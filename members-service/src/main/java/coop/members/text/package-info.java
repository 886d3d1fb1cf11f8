/**
 * What people may type: plain text without markup, and web addresses that are only
 * http(s).
 */
package coop.members.text;
