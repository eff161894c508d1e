# Needs native review: Swedish is the source, but the messages marked "# needs-native-review"
#   were rewritten or questioned in the domain and language review of 2026-11-27 and still wait
#   for a Swedish speaker who works with children; the reviewer removes the mark once the text
#   is checked (README, "Adding a language").

# Barnets bästa-hjulet: classroom mode. A teacher shows the wheel on a projector in a lesson
# (promoting and preventive work); nothing about any pupil is asked or stored.
# Swedish is the source language and the fallback.
# The area texts receive $age: young = 4–7, middle = 8–12, teen = 13–17 (the class's age group).
# Every prompts variant is exactly three questions, one per line; every articles message has one
# line per convention article of the area (content/wheel.json), in the same order, each with the
# article's number. The prompts are about children in general, never about a pupil's own life.

classroom-title = Hjulet i klassrummet
classroom-intro = Välj ett område på hjulet och prata om det tillsammans i klassen. Varje område har en förklaring, frågor att samtala om och de artiklar i barnkonventionen som hör till.
# needs-native-review
classroom-model = Hjulet är ett av verktygen i Kronobarnsmodellen, det arbetssätt som förskolor, skolor och alla andra som möter barn i Kronobergs län har tagit fram tillsammans inom Barnens bästa gäller! i Kronoberg. I klassrummet används det i det främjande och förebyggande arbetet.
classroom-nothing-stored = Här frågas ingenting om någon elev, och ingenting sparas.
classroom-own-wheel = Vill en elev fylla i sitt eget hjul? Det gör eleven med ”Starta mitt hjul” på startsidan, på sin egen enhet eller en skoldator. Svaren stannar på den enheten tills eleven själv väljer att dela dem.
classroom-own-wheel-link = Till startsidan
classroom-age-legend = Klassens ålder
classroom-explain-heading = Vad betyder det?
classroom-prompts-heading = Prata om det
classroom-articles-heading = Det här säger barnkonventionen
classroom-back = Tillbaka till hela hjulet
classroom-choose-area = Välj ett område

## Trygghet

classroom-safe-explain = { $age ->
    [young] Att vara trygg betyder att ingen gör dig illa och att du inte behöver vara rädd. Hemma, i förskolan och i skolan ska barn kunna känna sig lugna. Om du någon gång inte känner dig trygg kan du berätta för en vuxen du litar på eller ringa BRIS 116 111.
   *[middle] Att vara trygg betyder att ingen slår, hotar eller skadar dig – hemma, i skolan, ute eller på nätet. Vuxna ska se till att barn är skyddade. Om du någon gång inte känner dig trygg kan du prata med en vuxen du litar på eller ringa BRIS 116 111 – det är gratis.
    [teen] Att vara trygg betyder att ingen utsätter dig för våld, hot, kränkningar eller övergrepp – hemma, i skolan, ute eller på nätet. Det är alltid de vuxnas ansvar att barn och unga är skyddade. Om du någon gång inte känner dig trygg kan du prata med en vuxen du litar på eller ringa BRIS 116 111, gratis och utan att säga vem du är.
}
classroom-safe-prompts = { $age ->
    [young]
        Var känner sig barn trygga?
        Vad kan en kompis göra om någon är ledsen eller rädd?
        Vilka vuxna kan barn berätta saker för?
   *[middle]
        Vad gör att en plats känns trygg för barn?
        Vad kan man göra om en kompis blir illa behandlad, i skolan eller på nätet?
        Vem kan ett barn prata med om något känns otryggt?
    [teen]
        Vad behövs för att unga ska känna sig trygga i skolan och på nätet?
        Hur kan man stötta en vän som har det svårt, och när behöver en vuxen få veta?
        Vilka vuxna och vilka stödlinjer kan unga vända sig till om de inte känner sig trygga?
}
classroom-safe-articles =
    Artikel 19: Du har rätt att skyddas mot våld och mot att någon gör dig illa.
    Artikel 34: Du har rätt att skyddas mot sexuella övergrepp. Din kropp är din.
    Artikel 36: Du har rätt att skyddas så att ingen utnyttjar dig på något sätt.

## Hälsa

classroom-health-explain = { $age ->
    [young] Hälsa betyder att du mår bra i kroppen och i huvudet. Att sova, äta, röra på sig och vara med andra hjälper oss att må bra. När ett barn är sjukt ska det få hjälp av en doktor eller en sköterska.
   *[middle] Hälsa handlar om hur du mår i kroppen och i tankarna. Sömn, mat, rörelse och kompisar hjälper oss att må bra. Alla barn har rätt att få vård och hjälp när de är sjuka eller mår dåligt.
    [teen] Hälsa är både fysisk och psykisk: hur kroppen mår och hur du mår inuti. Sömn, mat, rörelse, vila och relationer påverkar hur vi mår. Du har rätt till vård och stöd, till exempel hos skolsköterskan, elevhälsan eller ungdomsmottagningen.
}
classroom-health-prompts = { $age ->
    [young]
        Vad får kroppen att må bra?
        Vad kan man göra när man känner sig ledsen?
        Vem hjälper barn när de är sjuka?
   *[middle]
        Vad kan barn göra för att må bra i kroppen och i tankarna?
        Varför behöver kroppen sömn, mat och rörelse?
        Vem kan ett barn prata med om det mår dåligt?
    [teen]
        Vad påverkar hur unga mår, till exempel sömn, skärmar och stress?
        Hur kan man vara ett stöd för en vän som mår dåligt?
        Var kan unga få hjälp med hur de mår, i skolan och utanför?
}
classroom-health-articles =
    Artikel 24: Du har rätt att må så bra som möjligt och att få vård när du är sjuk, och till mat och rent vatten.

## Lärande

classroom-learning-explain = { $age ->
    [young] Att lära sig betyder att du får veta och kunna nya saker. Barn lär sig i förskolan, i skolan, hemma och när de leker. Det är okej att något är svårt – då kan en vuxen hjälpa till.
   *[middle] Lärande handlar om skolan, men också om allt du lär dig hemma och på fritiden. Alla barn har rätt att gå i skolan och att få hjälp när något är svårt. Skolan ska hjälpa dig att utvecklas på ditt sätt.
    [teen] Lärande handlar om skolan, om att utvecklas som person och om att kunna välja sin framtid. Alla har rätt till utbildning och till stöd när något är svårt, till exempel anpassningar eller hjälp med språket. Skolan ska också lära oss respekt för andra människor, deras rättigheter och naturen.
}
classroom-learning-prompts = { $age ->
    [young]
        Vad är roligt att lära sig?
        Vad kan man göra när något är svårt?
        Hur kan barn hjälpa varandra att lära sig?
   *[middle]
        Vad gör att det är lätt att lära sig i ett klassrum?
        Vad kan en elev göra om något i skolan är för svårt?
        Vilka saker lär sig barn utanför skolan?
    [teen]
        Vad behöver unga för att kunna koncentrera sig och lära sig?
        Vem i skolan kan ge stöd när det går tungt med studierna?
        Vad kan skolan göra för att alla elever ska få samma chans?
}
classroom-learning-articles =
    Artikel 28: Du har rätt att gå i skolan och lära dig. Grundskolan ska vara gratis.
    Artikel 29: Skolan ska hjälpa dig att utvecklas så mycket du kan och lära dig att respektera andra människor och naturen.

## Omsorg

classroom-care-explain = { $age ->
    [young] Omsorg betyder att vuxna tar hand om dig. Barn behöver ett hem, mat, kläder och någon som bryr sig om dem. Vuxna ska hjälpa barn varje dag.
   *[middle] Omsorg handlar om att ha ett hem och vuxna som bryr sig om en. Barn behöver mat, kläder, sömn och någon som hjälper dem i vardagen. Familjer kan se olika ut – det viktiga är att barnet blir omhändertaget.
    [teen] Omsorg handlar om ett hem, vuxna som bryr sig och att det du behöver i vardagen finns, som mat, kläder och pengar till det nödvändiga. Föräldrarna har huvudansvaret, och samhället ska hjälpa familjer som behöver stöd. Familjer ser olika ut, och omsorg kan komma från många vuxna.
}
classroom-care-prompts = { $age ->
    [young]
        Hur kan vuxna ta hand om barn?
        Vad behöver ett barn varje dag?
        Hur kan man visa att man bryr sig om någon?
   *[middle]
        Vad behöver alla barn för att ha det bra hemma?
        Vilka vuxna kan hjälpa till när en familj behöver stöd?
        På vilka olika sätt kan familjer se ut?
    [teen]
        Vad betyder det att en vuxen tar ansvar för ett barn?
        Vad kan samhället göra för familjer som har det svårt, till exempel med pengar?
        Vem kan en ung person vända sig till om det saknas något hemma?
}
classroom-care-articles =
    Artikel 18: Dina föräldrar eller andra vuxna som ansvarar för dig ska tillsammans ta hand om dig, och samhället ska hjälpa dem.
    Artikel 27: Du har rätt till ett bra liv med mat, kläder och ett hem. Om familjen inte har råd ska samhället hjälpa till.

## Fritid och lek

classroom-play-explain = { $age ->
    [young] Alla barn behöver leka, vila och ha roligt. Man kan leka själv eller med kompisar, inne eller ute. När man leker mår man bra och lär sig saker.
   *[middle] Fritid är tiden när du inte är i skolan. Då kan barn leka, vila, idrotta, spela musik, skapa eller träffa kompisar. Alla barn har rätt till lek och vila och till att vara med i roliga aktiviteter.
    [teen] Fritid är din egen tid: att vila, träffa vänner, idrotta, skapa eller ta del av kultur. Vila och fritid är lika viktiga som skolan för att må bra. Alla unga ska kunna vara med i fritidsaktiviteter, oavsett bakgrund, funktionsförmåga eller pengar.
}
classroom-play-prompts = { $age ->
    [young]
        Vilka lekar tycker barn om?
        Hur kan man få alla att vara med i leken?
        Varför behöver man vila ibland?
   *[middle]
        Vad kan barn göra på fritiden, både inne och ute?
        Hur kan man göra så att fler barn får vara med i aktiviteter?
        Varför är det viktigt att ha tid att vila och bara vara?
    [teen]
        Vad behöver unga för att ha en bra fritid?
        Vad kan göra det svårt för någon att vara med på fritidsaktiviteter, och vad kan hjälpa?
        Hur hittar man en bra balans mellan skola, skärm, vila och annat?
}
classroom-play-articles =
    Artikel 31: Du har rätt att vila, leka och ha fritid, och att vara med i kultur och konst.

## Delaktighet

classroom-voice-explain = { $age ->
    [young] Delaktighet betyder att vuxna lyssnar på dig. Du får säga vad du tycker. Vuxna ska fråga barn om saker som handlar om dem.
   *[middle] Delaktighet betyder att du får säga vad du tycker när något handlar om dig, och att vuxna lyssnar. Vuxna bestämmer inte alltid som barnet vill, men de ska ta barnets åsikt på allvar. Du får säga vad du tycker på ditt eget sätt, med ord, bilder eller på andra sätt.
    [teen] Delaktighet handlar om att få säga sin mening och bli lyssnad på i allt som rör dig – hemma, i skolan, i vården och i samhället. Din åsikt ska tas på allvar, och den väger tyngre ju äldre du blir. Du har också rätt att söka information och uttrycka dina tankar, så länge du inte kränker andra.
}
classroom-voice-prompts = { $age ->
    [young]
        Hur vet man att någon lyssnar?
        Vad kan barn få bestämma om?
        Hur kan man visa vad man tycker utan ord?
   *[middle]
        Vilka saker borde barn få vara med och bestämma om i skolan?
        Hur kan man visa att man lyssnar på någon?
        Vad kan ett barn göra om det känns som att ingen lyssnar?
    [teen]
        I vilka frågor borde unga få mer att säga till om?
        Hur kan man säga sin åsikt på ett sätt som respekterar andra?
        Var kan unga påverka, till exempel i elevrådet eller i kommunen?
}
classroom-voice-articles =
    Artikel 12: Du har rätt att säga vad du tycker i allt som handlar om dig, och vuxna ska lyssna på dig.
    Artikel 13: Du har rätt att ta reda på saker och att berätta vad du tänker – med ord, bilder eller på andra sätt.

## Relationer

classroom-belonging-explain = { $age ->
    [young] Att höra till betyder att du har människor som tycker om dig, som familj och kompisar. Alla barn ska få vara med. Alla barn är lika mycket värda.
   *[middle] Relationer handlar om familj, kompisar och andra som är viktiga för dig. Det handlar också om vem du är – ditt namn, ditt språk och din kultur. Alla barn är lika mycket värda och ska få vara med.
    [teen] Relationer handlar om familj, vänner och sammanhang där du känner att du hör till. Det handlar också om din identitet: ditt namn, ditt språk, din kultur, din tro och vem du är. Ingen får behandlas sämre för att hen är den hen är.
}
classroom-belonging-prompts = { $age ->
    [young]
        Vad kan man göra så att alla får vara med?
        Hur känns det att ha en kompis?
        Vilka människor kan vara viktiga för ett barn?
   *[middle]
        Hur kan man göra så att ingen lämnas utanför i klassen?
        Vad gör någon till en bra kompis?
        Vad betyder det att alla barn är lika mycket värda?
    [teen]
        Vad gör att man känner att man hör till i en grupp?
        Hur kan man motverka att någon blir utfryst, i skolan eller på nätet?
        Varför är språk, kultur och identitet viktiga för människor?
}
classroom-belonging-articles =
    Artikel 2: Alla barn har samma rättigheter och är lika mycket värda. Ingen får behandlas sämre.
    Artikel 8: Du har rätt till din identitet: ditt namn, din familj och att höra till ett land.
    Artikel 30: Om du tillhör en minoritet eller ett urfolk har du rätt till ditt språk, din kultur och din religion.
classroom-duty-to-report = Om en elev berättar något som gör dig orolig: lyssna, fråga inte ut eleven, gör en orosanmälan till socialtjänsten direkt och berätta för rektor. Det behövs inget samtycke för en orosanmälan.
