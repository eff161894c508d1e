# The collaboration meeting (samverkansmöte) on the big screen, and its draft of Lapsen suunnitelma
# (Barnets plan), Finnish translation. Read by professionals, addressed in the plural ("te"); the
# child and the guardians may be in the room.

meeting-session-note = Tapaaminen on vain tässä välilehdessä. Kun lopetatte tapaamisen tai suljette välilehden, kaikki poistetaan tietokoneelta.
meeting-wheel-label = Pyörä ja kaikkien vastaukset
meeting-legend = Kenen vastaukset
# Short marks on the wheel: the child, and each guardian by a letter (A, B, …).
meeting-tag-child = Lapsi
meeting-tag-guardian = Huoltaja { $letter }
meeting-no-answers = ei vastauksia
meeting-no-answer = Ei vastausta
meeting-choose-area = Valitkaa pyörästä osa, niin näette kaikkien sanat rinnakkain.
meeting-follow-up = { $date } tehdyn suunnitelman seuranta
meeting-earlier = Viime kerralla
meeting-now = Nyt
meeting-agreed-then = Viime kerralla sovittiin
meeting-save-file = Tallenna suunnitelma tiedostoksi
meeting-end-heading = Tapaamisen päättäminen
meeting-end = Päätä tapaaminen
meeting-end-question = Tallentakaa tai tulostakaa suunnitelma ensin, jos tarvitsette sitä. Sen jälkeen kaikki, mitä tapaamiseen on tuotu ja siinä kirjoitettu, poistetaan tältä tietokoneelta.
meeting-end-yes = Päätä ja poista
meeting-end-no = Takaisin tapaamiseen
import-earlier-plan = { $file } on edellinen suunnitelma. Se näytetään seurantaa varten.
