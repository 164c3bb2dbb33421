#!/usr/bin/env python3
"""Regenerates the fixture inputs whose exact bytes matter.

The three inputs below cannot be written reliably with an ordinary text
editor, so their text lives here and this script writes the bytes:

  html-cp1252-undeclared-colombia-bus/input.html   windows-1252, no charset declared
  html-utf8-invalid-bytes-cameroon-mine/input.html declares UTF-8, holds two stray bytes
  crlf-zamfara-abduction/input.txt                 UTF-8 with CRLF line endings

Run it from this directory: python3 gen_encoded.py
Tests read only the generated files; this script is not part of any test.
"""

import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(case, name, data):
    path = os.path.join(HERE, case, name)
    with open(path, "wb") as f:
        f.write(data)
    print(f"{path}: {len(data)} bytes")


# Case: a windows-1252 page with no charset declaration anywhere.
COLOMBIA_BUS = """<!DOCTYPE html>
<html lang="en">
<head>
<title>Bus plunges into ravine in Antioquia, killing at least 19 – Andes Report</title>
<meta name="author" content="Camila Restrepo Ríos">
<meta property="og:site_name" content="Andes Report">
<meta property="og:title" content="Bus plunges into ravine in Antioquia, killing at least 19">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-08-11T07:30:00-05:00">
</head>
<body>
<div class="topbar"><a href="/">Andes Report</a> · <a href="/colombia">Colombia</a> · <a href="/peru">Perú</a> · <a href="/ecuador">Ecuador</a> · <a href="/suscripcion">Subscribe</a></div>
<article>
<h1>Bus plunges into ravine in Antioquia, killing at least 19</h1>
<p class="byline">By Camila Restrepo Ríos · 11 August 2025</p>

<p>MEDELLÍN, Colombia — At least 19 people were killed and 23 injured when an intercity bus plunged about 80 metres into a ravine on the highway between Medellín and the Urabá region early on Sunday, authorities in the department of Antioquia said.</p>

<p>The bus, which was carrying 44 passengers and two drivers from Medellín to the port town of Turbo, left the road on a sharp bend near the municipality of Cañasgordas at about 4:15 a.m., according to the highway division of the Colombian National Police.</p>

<p>“The driver apparently lost control on a wet descent, and we are investigating whether the brakes failed,” Colonel Andrés Felipe Gómez Arbeláez, the commander of the highway police in Antioquia, told reporters at the scene. “It is a very dangerous stretch — we have had three serious accidents here this year.”</p>

<p>Firefighters, police and volunteers from the Civil Defence (Defensa Civil) used ropes and stretchers to bring survivors up the steep slope, a rescue that took more than six hours. Sixteen bodies were recovered from the wreckage and three people died on the way to hospital, the departmental health secretariat said.</p>

<p>Two passengers were still missing on Sunday evening and were believed to have been swept away by the Río Sucio, which runs along the bottom of the ravine. Divers from the navy were expected to join the search on Monday.</p>

<p>The injured were taken to the San Juan de Dios hospital in Santa Fe de Antioquia and to hospitals in Medellín. Dr Lucía Bedoya Ospina, the department’s health secretary, said seven of them were in a serious condition, including a six-year-old girl who was flown to Medellín by helicopter. “Her mother did not survive, and we are trying to find her relatives,” Bedoya said.</p>

<p>The mayor of Cañasgordas, José Ramírez Peñaloza, declared three days of mourning and said the town’s sports hall had been turned into a temporary centre for families. “Many of the passengers were from here and from Uramita and Dabeiba — we all know someone who was on that bus,” he said.</p>

<p>The bus company, Transportes Occidente Unido, said in a statement that the vehicle had passed its technical inspection in March and that the driver, a 47-year-old with 20 years’ experience, had started his shift in Medellín at 11 p.m. The company said it was cooperating with the investigation and would cover funeral costs.</p>

<p>The Superintendency of Transport said it had opened an inquiry into the operator and would check the driver’s working hours. The agency’s head, Mauricio Lozano Téllez, said in Bogotá that buses on mountain routes would face random brake inspections from next week.</p>

<p>The road through the western cordillera, one of the main links between Medellín and the Caribbean coast, is notorious for landslides and accidents. Road deaths in Colombia exceeded 8,000 last year, according to the National Road Safety Agency (ANSV).</p>
</article>
<div class="related"><h3>More from Colombia</h3><ul><li><a href="/colombia/cafe-precios">Coffee growers in Huila brace for lower prices</a></li><li><a href="/colombia/bogota-metro">Bogotá’s first metro line passes another test</a></li></ul></div>
<footer><p>© 2025 Andes Report · Quito · Bogotá · Lima</p></footer>
</body>
</html>
"""


# Case: a page that declares UTF-8 but carries two stray windows-1252 bytes.
# "{E9}" and "{92}" mark where the raw bytes 0xE9 and 0x92 go; everything
# else is valid UTF-8 (the other accents are proper two-byte sequences).
CAMEROON_MINE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Cameroon gold mine collapse kills at least 23 near Bétaré-Oya | Central Africa Monitor</title>
<meta property="og:site_name" content="Central Africa Monitor">
<meta property="og:title" content="Cameroon gold mine collapse kills at least 23 near Bétaré-Oya">
<meta property="article:published_time" content="2025-04-24T10:05:00+01:00">
<meta name="author" content="Nadège Fouda">
</head>
<body>
<header><nav><a href="/">Home</a> | <a href="/cameroon">Cameroon</a> | <a href="/chad">Chad</a> | <a href="/car">Central African Republic</a> | <a href="/gabon">Gabon</a></nav></header>
<main>
<article>
<h1>Cameroon gold mine collapse kills at least 23 near Bétaré-Oya</h1>
<p class="byline">Nadège Fouda, Bertoua</p>
<p>BERTOUA, Cameroon — At least 23 artisanal miners were killed when the walls of an open-pit gold mine collapsed near the town of Bétaré-Oya in Cameroon's East Region late on Tuesday, local officials said, and rescuers feared that dozens more were buried under the mud.</p>
<p>The collapse happened at about 9 p.m. at a site known locally as Kambélé III, where several hundred diggers had been working through the night after heavy rain, according to the prefect of the Lom-et-Djérem department, Hervé Mbarga Essomba. He said nine people had been pulled out alive and taken to the regional hospital in Bertoua, four of them with serious head and chest injuries.</p>
<p>"We have recovered 23 bodies so far, but the people who were working here tell us that between 30 and 40 others are still missing," Mbarga told reporters at the site on Wednesday. "Our teams are digging by hand because the ground is too unstable for machines."</p>
<h2>Warnings ignored</h2>
<p>The Ministry of Mines, Industry and Technological Development in Yaound{E9}, the capital, said the pit had been operated by a local cooperative whose permit covered only surface panning and did not allow excavation deeper than five metres. Witnesses said the pit was at least 25 metres deep.</p>
<p>Mines Minister Joseph Ateba Owona said the government had suspended all semi-mechanised mining in the Bétaré-Oya area for 30 days and ordered an inspection of every site. "Those who exposed these young men to death for a few grams of gold will answer for it," he said in a statement read on state radio.</p>
<p>The Observatoire des Mines de l'Est (OME), a civil society group that monitors mining in the region, accused officials of ignoring repeated warnings. Its coordinator, Sylvie Ngo Mbock, said the group had written to the regional delegation of mines in January about "abandoned pits full of water and walls that crumble after every storm". The regional delegation declined to comment.</p>
<p>Among the dead were at least six teenagers and two women who sold food to the miners, according to relatives. Several of the victims were from the neighbouring Central African Republic, the region{92}s main source of migrant labour, said Abbé Jean-Marie Doumbé, a Catholic priest in Bétaré-Oya who helped to identify bodies.</p>
<p>The East Region produces most of Cameroon's gold, much of it dug by hand by tens of thousands of informal miners. Dozens of people die in pit collapses each year, according to local rights groups, though there are no official figures.</p>
</article>
</main>
<aside class="most-popular"><h3>Most popular</h3><ol><li><a href="/chad/lake-chad-fishermen">Lake Chad fishermen return as waters rise</a></li><li><a href="/gabon/transition-vote">Gabon prepares for parliamentary elections</a></li></ol></aside>
<footer><p>Central Africa Monitor — news from Douala, Yaoundé, N'Djamena and Libreville. All rights reserved.</p></footer>
</body>
</html>
"""


# Case: plain text with CRLF line endings, written on purpose.
ZAMFARA_ABDUCTION = """Gunmen abduct fourteen villagers in Zamfara, two dozen freed in separate operation

GUSAU, Nigeria — Gunmen abducted fourteen people, among them a village head and his two wives, in a night raid on a farming community in Nigeria's north-western Zamfara State, police and residents said on Tuesday, hours after security forces freed two dozen hostages held in a nearby forest.

The attackers, riding in groups of two and three on about 40 motorcycles, stormed the village of Kwanar Dutsi in the Maru local government area at about 1 a.m. on Monday, firing into the air and going from house to house, according to residents. One farmer who tried to flee was shot dead, and another man was wounded in the leg.

Zamfara State Police Command spokesman Superintendent Haruna Bello Adamu confirmed the abduction in a statement. "Fourteen persons were abducted and one person lost his life during the attack," Adamu said, adding that a tactical team had been deployed to the area "to rescue the victims unhurt and arrest the perpetrators".

Residents put the number of people taken higher. Malam Sani Kwanar Dutsi, a teacher who escaped by hiding in a grain store, said seventeen people had been marched into the bush, including three boys aged between 12 and 15 who had been sleeping outside. "They knew exactly which houses to enter," he said by telephone. "They asked for the village head by name."

No group has claimed responsibility for the raid. Heavily armed gangs, known locally as bandits, have for years raided villages, schools and highways across the north-west, kidnapping people for ransom and forcing farmers to pay levies to work their land.

Separately, the army said troops of Operation Fansan Yamma, the military task force in the north-west, had freed twenty-four hostages on Sunday after a gun battle with kidnappers in the Dansadau forest. Army spokesman Lieutenant Colonel Musa Ibrahim Garba said two dozen captives, including nine women and a seven-month-old baby, had been rescued and that "several bandits were neutralised", without giving a number. Two soldiers were injured, he said.

The freed hostages had been abducted from a bus on the Gusau–Funtua road in late January and held for almost three weeks, according to the military. Relatives said the kidnappers had demanded 50 million naira (about $33,000) for their release. The army said no ransom had been paid.

Zamfara State Governor's spokesman Abdullahi Danladi condemned Monday's attack and said the state government was "working round the clock" with the security agencies to bring the abducted villagers home. He accused some residents of passing information to the gunmen and warned that informants would be prosecuted.

Community leaders rejected the claim. "Our people are victims, not collaborators," said Alhaji Shehu Garba Dogo, chairman of a local farmers' association. "We have buried more than a dozen of our sons this year alone."

More than 4,000 people were abducted in Zamfara, Katsina, Sokoto and Kaduna states last year, according to a tally by an Abuja-based security consultancy, Beacon Security and Intelligence.
"""


if __name__ == "__main__":
    write("html-cp1252-undeclared-colombia-bus", "input.html", COLOMBIA_BUS.encode("cp1252"))
    raw = CAMEROON_MINE.encode("utf-8").replace(b"{E9}", b"\xe9").replace(b"{92}", b"\x92")
    write("html-utf8-invalid-bytes-cameroon-mine", "input.html", raw)
    write("crlf-zamfara-abduction", "input.txt", ZAMFARA_ABDUCTION.replace("\n", "\r\n").encode("utf-8"))
