/**
 * People of the cooperative and their accounts: staff invite, change and deactivate them;
 * each person is linked to their Keycloak account by its subject.
 */
package coop.members.people;
