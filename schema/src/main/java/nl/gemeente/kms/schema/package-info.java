/**
 * The persistent shape of the knowledge base: JPA entities mapped onto the tables that the Flyway
 * migrations in {@code db/migration} create, and the Elasticsearch index definition. Entities carry
 * state and intention-revealing methods; the rules about which change is allowed live in {@code
 * editorial-workflow} and are applied by the services in {@code kms-api}.
 */
package nl.gemeente.kms.schema;
