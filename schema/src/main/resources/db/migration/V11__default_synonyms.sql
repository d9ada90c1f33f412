-- A default synonym set: everyday words citizens use beside the municipality's own terms. Knowledge
-- managers can remove or extend these through the API like any rule they added themselves.
INSERT INTO synonym_rule (terms, created_by, created_at) VALUES
  ('ID-kaart,identiteitskaart,id kaart', 'kms', CURRENT_TIMESTAMP),
  ('identiteitsbewijs,legitimatiebewijs,legitimatie', 'kms', CURRENT_TIMESTAMP),
  ('kwijt,verloren,vermist,kwijtgeraakt', 'kms', CURRENT_TIMESTAMP),
  ('gestolen,diefstal', 'kms', CURRENT_TIMESTAMP),
  ('BRP,GBA,basisregistratie personen,bevolkingsregister', 'kms', CURRENT_TIMESTAMP),
  ('BSN,burgerservicenummer,sofinummer', 'kms', CURRENT_TIMESTAMP),
  ('gemeentebelasting,gemeentelijke belastingen,gemeentelijke belasting', 'kms', CURRENT_TIMESTAMP),
  ('WOZ,waardering onroerende zaken', 'kms', CURRENT_TIMESTAMP),
  ('bijstand,bijstandsuitkering,participatiewet-uitkering', 'kms', CURRENT_TIMESTAMP),
  ('Woo,Wet open overheid,Wob', 'kms', CURRENT_TIMESTAMP),
  ('overleden,overlijden,gestorven,sterfgeval', 'kms', CURRENT_TIMESTAMP),
  ('verhuizen,verhuizing,adreswijziging,adres wijzigen', 'kms', CURRENT_TIMESTAMP),
  ('emigreren,emigratie,naar het buitenland vertrekken', 'kms', CURRENT_TIMESTAMP),
  ('stempas,stemkaart,oproepkaart', 'kms', CURRENT_TIMESTAMP),
  ('stembureau,stemlokaal', 'kms', CURRENT_TIMESTAMP),
  ('kosten,prijs,tarief,tarieven', 'kms', CURRENT_TIMESTAMP),
  ('uittreksel,afschrift', 'kms', CURRENT_TIMESTAMP),
  ('bouwplan,bouwplannen,verbouwing', 'kms', CURRENT_TIMESTAMP),
  ('begrafenis,begraven', 'kms', CURRENT_TIMESTAMP),
  ('crematie,cremeren', 'kms', CURRENT_TIMESTAMP);
