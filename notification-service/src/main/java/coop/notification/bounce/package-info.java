/**
 * « Adresses en échec »: staff see the addresses the SMTP server refused for good and
 * clear one once it is corrected.
 */
package coop.notification.bounce;
