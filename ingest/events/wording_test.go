package events_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/ingest"
)

// TestWordings runs the whole pipeline over sentences written for the test
// and checks the event each wording should give (or that it gives none of
// the type): "want" is "type date role=Name ...", with only the listed
// roles checked (and "place=Name" and "mood=polarity/modality" if given;
// "!role=Name" must be absent); a date "-" means any, "undated" none.
func TestWordings(t *testing.T) {
	p, err := ingest.Default()
	require.NoError(t, err)
	for _, tc := range []struct {
		name, text string
		want       string // "" with none set: no event of type none
		none       string
	}{
		{"name counts as one word", "The United States has removed the Northern Liberation Front (NLF) from its list of foreign terrorist organizations.",
			"delisting - agent=United States patient=Northern Liberation Front", ""},
		{"taken off a list", "The European Union took the Northern Liberation Front off its terrorist list in 2017.",
			"delisting 2017 agent=European Union patient=Northern Liberation Front", ""},
		{"sale of a business", "In 2014 Valmet sold its paper machine business to Andritz.",
			"divestiture 2014 agent=Valmet recipient=Andritz", ""},
		{"sale of goods", "Volvo Cars sells about 700,000 cars a year, the company said.", "sale - agent=Volvo Cars", ""},
		{"replacement", "Anna Lind replaced Peter Holm as chief executive in August 2020.",
			"appointment 2020-08 patient=Anna Lind predecessor=Peter Holm", ""},
		{"became president", "Maria Lopez became Chile's interim president in January 2025.",
			"appointment 2025-01 patient=Maria Lopez", ""},
		{"order to leave", "Norway expelled two Russian diplomats, and Moscow responded by ordering three Norwegian diplomats to leave the country.",
			"expulsion - agent=Russia patient=Norway", ""},
		{"order is no purchase", "President Ruto ordered in May that the border be closed.", "", "purchase"},
		{"lifting of sanctions", "The move follows the lifting of most EU sanctions on Belarus.",
			"sanction_lifted - agent=European Union patient=Belarus", ""},
		{"undergoer", "Lee Soo-min survived a knife attack in Busan in January 2024.", "attack 2024-01 patient=Lee Soo-min", ""},
		{"verbal attack", "Jack Moore attacked the decision of the court.", "", "attack"},
		{"sentenced", "A court in Minsk sentenced Olga Petrova, the founder of the Baltic Rights Centre, to ten years in prison.",
			"sentence - patient=Olga Petrova", ""},
		{"passive conjunct", "Yoon Suk-jin was arrested in January 2025 and indicted on charges of insurrection.",
			"charge - patient=Yoon Suk-jin", ""},
		{"fighting between", "In April 2023, fighting broke out between the Rapid Support Forces and the Sudanese army.",
			"attack 2023-04 agent=Rapid Support Forces agent=Sudan", ""},
		{"purpose infinitive", "In 1967 Nordic Paper merged with Baltic Cable to form Nordic Industries.",
			"founding 1967 patient=Nordic Industries", ""},
		{"fronted date", "During the 1970s the Red Front carried out bombings and killed several police officers.",
			"killing 197 agent=Red Front", ""},
		{"gerund tagged adjective", "Nicaragua announced on Saturday that it was also breaking relations with Ecuador, and the Organization of American States said it would meet.",
			"diplomatic_break - agent=Nicaragua recipient=Ecuador", ""},
		{"took office", "Gustavo Petro took office on August 7, 2022.", "appointment 2022-08-07 patient=Gustavo Petro", ""},
		{"reconciled", "Turkey and Israel reconciled in 2016 after long talks.", "diplomatic_restoration 2016 agent=Israel", ""},
		{"launched an appeal", "Nadia Petrova launched an appeal against the verdict on Monday.", "appeal - agent=Nadia Petrova", ""},
		{"an appeal for witnesses", "Police Scotland launched an appeal for witnesses on Monday.", "", "appeal"},
		{"a relative clause on a description", "France freed Mahdi Rostami, an Iranian engineer who was arrested in Nice in March 2024.", "arrest 2024-03 patient=Mahdi Rostami", ""},
		{"a relative clause on a description with a name in it", "Rita Jeptoo, the three-time Boston winner who was banned in 2014, appealed.", "ban 2014 patient=Rita Jeptoo !patient=Boston", ""},
		{"a winner described", "Marguerite Holloway, an astrophysicist who won the Nobel Prize in Physics in 2011, has died.", "award 2011 recipient=Marguerite Holloway", ""},
		{"ordered out of the country", "In April 2023 Norway ordered 15 Russian officials out of the country.", "expulsion 2023-04 agent=Norway patient=Russia", "purchase"},
		{"troops ordered out", "Trump ordered US troops out of Syria in 2019.", "", "expulsion"},
		{"shares crash", "Harwell Group shares crash 38% after profit warning", "", "crash"},
		{"a statement released", "Whitfield said in a statement released by MIT on Monday.", "", "release"},
		{"exchanged fire", "Kyrgyz and Tajik border guards exchanged fire near Vorukh on March 3, 2025.", "attack 2025-03-03", ""},
		{"shared a prize", "Marguerite Holloway shared the 2011 Nobel Prize with Japanese physicist Kenji Morimoto.", "award 2011 recipient=Marguerite Holloway recipient=Kenji Morimoto", ""},
		{"received with honours", "John Mahama was received with military honours by Federal President Frank-Walter Steinmeier on Tuesday.", "", "award"},
		{"returned to power", "John Mahama returned to power in January 2025.", "appointment 2025-01 patient=John Mahama", ""},
		{"agreed to a truce", "Kyrgyzstan and Tajikistan have agreed to a truce after three days of fighting.", "agreement - agent=Kyrgyzstan agent=Tajikistan", ""},
		{"agreed to take them in", "Albania agreed to take them in.", "", "agreement"},
		{"a second titled signer", "Ghanaian President John Mahama and German Chancellor Friedrich Merz signed five agreements on Wednesday.", "agreement - agent=John Mahama agent=Friedrich Merz", ""},
		{"spoke with two people", "Vladimir Putin spoke by phone with Sadyr Japarov and Emomali Rahmon on Sunday.", "meeting - agent=Vladimir Putin recipient=Sadyr Japarov recipient=Emomali Rahmon", ""},
		{"met in a city and its country", "Sadyr Japarov and Emomali Rahmon met in Khujand, Tajikistan, in March 2025.", "meeting 2025-03 agent=Sadyr Japarov agent=Emomali Rahmon !recipient=Tajikistan", ""},
		{"escaped from captors", "Musa Abdullahi escaped from his captors on Friday, March 7, 2025.", "escape 2025-03-07 agent=Musa Abdullahi", ""},
		{"a trial began", "Radu Mitrescu was charged in January 2022. His trial began on November 7, 2022.", "trial 2022-11-07 patient=Radu Mitrescu", ""},
		{"charged without with", "Radu Mitrescu was charged in January 2022.", "charge 2022-01 patient=Radu Mitrescu", ""},
		{"charged a fee", "Daniel Moss was charged a fee of 40 euros in January 2022.", "", "charge"},
		{"operations suspended", "Cerro Alto Mining suspended operations on Monday, August 11, 2025.", "closure 2025-08-11 agent=Cerro Alto Mining", ""},
		{"shares suspended", "Jutland Water Services suspended trading of its shares in 2025.", "", "closure"},
		{"hackers broke into a network", "Hackers linked to Iron Vulture broke into the network of Jutland Water Services on 14 February 2025.", "attack 2025-02-14 agent=Iron Vulture", ""},
		{"thieves broke into a museum", "Thieves broke into the Green Vault museum in Dresden in November 2019.", "theft 2019-11", ""},
		{"broke into a market", "Orbis Group broke into the Asian market in 2010.", "", "theft"},
		{"shares past a relative clause", "Shares in Brenner Logistik, which are listed in Frankfurt, jumped 24 percent on Thursday, June 5, 2025.", "stock_move 2025-06-05 patient=Brenner Logistik", ""},
		{"a country's coalition collapsed", "Lithuania's governing coalition collapsed on Monday, October 20, 2025.", "dissolution 2025-10-20 patient=Lithuania !agent=Lithuania", ""},
		{"working under a contract", "Sarti Costruzioni works under a contract with the Nigerian government.", "", "agreement"},
		{"placed under house arrest", "First Vice President Riek Machar was placed under house arrest in March 2025.", "arrest 2025-03 patient=Riek Machar", ""},
		{"the court also convicted", "A Bucharest court on Tuesday, March 11, 2025, sentenced Radu Mitrescu to six years in prison. The court also convicted Andrei Stoica and sentenced him to four years.", "conviction 2025-03-11 patient=Andrei Stoica", ""},
		{"a weekday before the verb", "Ireland's Data Protection Commission on Tuesday, March 11, 2025, fined Veltrix Systems 40 million euros.", "fine 2025-03-11 agent=Data Protection Commission patient=Veltrix Systems", ""},
		{"a weekday alone before the verb", "The Data Protection Commission on Tuesday fined Veltrix Systems 40 million euros.", "fine - agent=Data Protection Commission patient=Veltrix Systems", ""},
		{"signed a long list of agreements", "Arif Wicaksono and Lula da Silva signed a series of trade and investment agreements worth about $14 billion in 2025.", "agreement 2025 agent=Arif Wicaksono agent=Lula da Silva", ""},
		{"calling an arrest worrying", "Kaja Kallas called the arrest of Giorgi Beridze deeply worrying.", "arrest - patient=Giorgi Beridze !agent=Kaja", ""},
		{"calling a strike", "The United Dockworkers Union called a general strike in June 2025.", "protest 2025-06 agent=United Dockworkers Union", ""},
		{"two titled signers each with a body", "Bumi Logam chief executive Rudi Hartono and Serra Verde chairman Paulo Azevedo signed the contract in 2025.", "agreement 2025 agent=Rudi Hartono agent=Paulo Azevedo", ""},
		{"until a release", "Protesters vowed to stay on the streets until Giorgi Beridze is freed.", "release - patient=Giorgi Beridze mood=positive/future", ""},
		{"until a past release", "Tomas Vaitkus was held until he was freed in 2020.", "release 2020 patient=Tomas Vaitkus mood=positive/actual", ""},
		{"once they sign", "The talks will resume once Serbia and Kosovo sign the accord.", "agreement - agent=Serbia agent=Kosovo mood=positive/future", ""},
		{"hoped to sign", "Nikol Pashinyan said he hoped to sign a peace treaty with Ilham Aliyev.", "agreement - agent=Nikol Pashinyan mood=positive/hypothetical", ""},
		{"a second verb shares an unnamed subject", "Soldiers detained President Abdul Kamara on Tuesday and dissolved the government.", "", "dissolution"},
		{"a planned takeover blocked", "The Federal Cartel Office on Wednesday, May 14, 2025, blocked Nordbank's planned 6.2 billion euro takeover of Helios Bank.", "acquisition - patient=Helios Bank mood=negative/future", ""},
		{"a headline's blocked takeover", "Competition watchdog blocks Nordbank takeover of Helios Bank", "acquisition - patient=Helios Bank mood=negative/actual", ""},
		{"a person suspended", "Samuel Kiprono was suspended by the federation's ethics committee in March 2025.", "ban 2025-03 patient=Samuel Kiprono", ""},
		{"agreed to form a government", "In May 2025, Civic Renewal agreed to form a government with Green Horizon.", "agreement 2025-05 agent=Civic Renewal recipient=Green Horizon", ""},
		{"agreed to form a committee", "The ministers agreed to form a committee with Green Horizon in 2025.", "", "agreement"},
		{"people seized are abducted", "Gunmen seized three aid workers near Menaka on 9 November 2023.", "abduction 2023-11-09", "capture"},
		{"a town seized is captured", "The army seized the town of Kidal in 2023.", "capture 2023 patient=Kidal", "abduction"},
		{"passive conjunct's object", "The ceasefire was brokered by Algeria and signed in Algiers on 18 September 2024.", "agreement 2024-09-18", ""},
		{"registered party", "The Forward Together party, which had been registered quietly in April 2025, won 12 seats.", "founding 2025-04 patient=Forward Together", ""},
		{"incorporated company", "Nordlicht Solar GmbH was incorporated in Hamburg in 2011.", "founding 2011 patient=Nordlicht Solar", ""},
		{"registered a profit", "Nordlicht Solar GmbH registered a profit in 2011.", "", "founding"},
		{"registered voters", "About 3 million registered voters in Kenya cast ballots in 2022.", "", "founding"},
		{"found dead, passive", "The activist Marta Ixcoy was found dead in her cell on 2 October 2024.", "death 2024-10-02 patient=Marta Ixcoy", ""},
		{"found dead, by a pronoun", "Marta Ixcoy was detained on 28 September 2024. She was found dead in her cell four days later.", "death 2024-10-02 patient=Marta Ixcoy", ""},
		{"found her brother dead", "Ana Ruiz found Tomas Ruiz dead in his flat on 2 October 2024.", "death 2024-10-02 patient=Tomas Ruiz !patient=Ana", ""},
		{"killed in a French air strike", "Moussa Ag Intalla was killed in a French air strike near Kidal in 2016.", "killing 2016 patient=Moussa Ag Intalla agent=France", ""},
		{"killed in a strike in a country", "Moussa Ag Intalla was killed in an air strike in Mali in 2016.", "killing 2016 patient=Moussa Ag Intalla !agent=Mali", ""},
		{"embassy in a city", "Supporters of Karim Adel held a vigil outside the Egyptian embassy in London on 18 March 2026.", "protest 2026-03-18 place=London", ""},
		{"city of a people", "Ansar al-Sahil was founded in 2012 in the northern Malian city of Gao.", "founding 2012 patient=Ansar al-Sahil place=Gao", ""},
		{"seized property", "Police seized the farm of Kelvin Sichilima in August 2024.", "seizure 2024-08", "abduction"},
		{"imposed a penalty", "The central bank imposed a penalty of 25 million pesos on Veltrix Bank in May 2025.", "fine 2025-05 patient=Veltrix Bank", ""},
		{"travel ban and asset freeze", "The United Nations imposed a travel ban and asset freeze on Jimmy Cherizier in October 2022.", "sanction 2022-10 agent=United Nations patient=Jimmy Cherizier", ""},
		{"fired tear gas", "Police in Fiji fired tear gas at opposition supporters in Suva on 19 October 2026.", "attack 2026-10-19 place=Suva", "dismissal"},
		{"fired a minister", "Prime Minister Sitiveni Rabuka fired Finance Minister Biman Prasad on 19 October 2026.", "dismissal 2026-10-19 patient=Biman Prasad", "attack"},
		{"sent rescuers", "Russia sent 80 rescuers and two planes to Tajikistan on 21 November 2024.", "aid 2024-11-21 agent=Russia recipient=Tajikistan", ""},
		{"dispatched rescue teams", "Uzbekistan dispatched rescue teams to Tajikistan on 21 November 2024.", "aid 2024-11-21 agent=Uzbekistan recipient=Tajikistan", ""},
		{"sent troops", "Russia sent 800 troops to Tajikistan on 21 November 2024.", "", "aid"},
		{"eliminate jobs", "Kessler Autoteile said on 5 January 2026 that it would eliminate 1,100 jobs at its Arad plant.", "layoff - place=Arad mood=positive/hypothetical", ""},
		{"job cuts", "Kessler Autoteile announced 1,100 job cuts at its Arad plant on 5 January 2026.", "layoff - agent=Kessler Autoteile", ""},
		{"took power in a coup", "Frank Bainimarama took power in a coup in 2006.", "overthrow 2006 agent=Frank Bainimarama", "appointment"},
		{"took office after a coup", "Frank Bainimarama took office in 2007, a year after the coup.", "appointment 2007 patient=Frank Bainimarama", ""},
		{"staged a coup", "The Fijian army staged a coup in 1987.", "overthrow 1987", ""},
		{"trimmed borrowing costs", "The Central Bank of Sri Lanka last trimmed borrowing costs by 25 basis points in July 2024.", "rate_change 2024-07 agent=Central Bank of Sri Lanka", ""},
		{"face charges", "Kelvin Sichilima and Dennis Phiri face charges of money laundering, prosecutors said on 3 February 2025.", "charge - patient=Kelvin Sichilima patient=Dennis Phiri", ""},
		{"tried by a court", "Colonel Abakar Mahamat will be tried by a military court in N'Djamena next month.", "trial - patient=Abakar Mahamat mood=positive/future", ""},
		{"tried to flee", "Abakar Mahamat tried to flee to Sudan in July 2025.", "", "trial"},
		{"challenge in court", "The People's Party said on Monday it would challenge the ban in the High Court.", "lawsuit - agent=People's Party", ""},
		{"solutions tried", "A number of solutions were tried in 2019, including a Braille map.", "", "trial"},
		{"challenged jurisdiction", "Ostrania challenged the court's jurisdiction, but the judges ruled on 12 July 2023 that they could hear the case.", "", "lawsuit"},
		{"no agreement reached", "Labour Minister Mihai Constantinescu met union leaders on 8 January 2026 but no agreement was reached.", "agreement 2026-01-08 mood=negative/actual", ""},
		{"a set-off name before a passive conjunct", "Mahamat Deby took power after his father, Idriss Deby Itno, was killed in April 2021.", "killing 2021-04 patient=Idriss Deby Itno !patient=Mahamat", ""},
		{"a denied headline said", "No election TV debate, says Blair", "statement - speaker=Blair mood=positive/actual", ""},
		{"pulled a named girl alive", "Rescuers pulled a girl, Madina Karimova, alive from the rubble in Gharm on 22 November 2024.", "rescue 2024-11-22 patient=Madina Karimova", ""},
		{"a count after an event named in the sentence", "Katrin Vollmer was abducted in Marib on 3 March 2024 and was released two weeks after the abduction.", "release 2024-03-17 patient=Katrin Vollmer", ""},
		{"a count after an event named before", "Katrin Vollmer was abducted in Marib on 3 March 2024. She was released two weeks after the abduction.", "release 2024-03-17 patient=Katrin Vollmer", ""},
		{"conditions met", "The court asked on 3 May 2024 whether the commission's conditions were met.", "", "meeting"},
		{"ties between, passive", "Ties between Algeria and Morocco were restored in 1988.", "diplomatic_restoration 1988 agent=Algeria agent=Morocco", ""},
		{"relations between cut", "Relations between Algeria and Morocco were cut in August 2021.", "diplomatic_break 2021-08 agent=Algeria agent=Morocco", ""},
		{"a brokered ceasefire", "The war ended with a ceasefire brokered by the African Union in March 1999.", "agreement 1999-03 agent=African Union", ""},
		{"opened fire", "Soldiers opened fire on protesters in Bamako on 3 May 2024.", "attack 2024-05-03 place=Bamako", ""},
		{"declared bankrupt", "A court in Sao Paulo declared Solara Energia bankrupt in 2019.", "bankruptcy 2019 patient=Solara Energia", ""},
		{"placed under sanctions", "The Liptako Defence Front was placed under US sanctions in 2021.", "sanction 2021 patient=Liptako Defence Front", ""},
		{"arrested a ship's captain", "Japanese officers arrested the captain of a Chinese trawler on 2 November 2023.", "arrest 2023-11-02", "seizure"},
		{"seized drugs", "Dutch customs seized 20 tonnes of cocaine in Rotterdam on 3 May 2023.", "seizure 2023-05-03 place=Rotterdam", ""},
		{"floods that killed", "Last weekend's floods, which killed more than 60 people in Dhaka, have revived an old debate.", "disaster -", "killing"},
		{"killed when police opened fire", "At least 14 people were killed and more than 200 injured when police opened fire on protesters in Nairobi on 12 September 2026.", "killing 2026-09-12 place=Nairobi", ""},
		{"not until a year", "Algeria did not ratify the treaty until 1992.", "agreement 1992 agent=Algeria mood=positive/actual", ""},
		{"a verb conjoined to a failure", "A bankruptcy court ruled that the restructuring plan had failed and appointed Alvarez & Marsal as administrator on 3 March 2020.", "appointment 2020-03-03 patient=Alvarez & Marsal mood=positive/actual", ""},
		{"failed to arrest", "Police failed to arrest Marco Ferri in Lyon on 3 March 2025.", "arrest 2025-03-03 patient=Marco Ferri mood=negative/actual", ""},
		{"brothers opening a sentence", "Brothers Marcos and Paulo Ferraz founded Solara Energia in 2005.", "founding 2005 agent=Marcos Ferraz patient=Solara Energia agent=Paulo Ferraz", ""},
		{"a participle on a description", "Balen Shah, a former rapper elected in May 2022, said the city was unprepared.", "election 2022-05 patient=Balen Shah", ""},
		{"fined two people an amount", "The CVM fined Marcos and Paulo Ferraz 45 million reais in 2024.", "fine 2024 agent=CVM patient=Marcos Ferraz patient=Paulo Ferraz", ""},
		{"recaptured escapees", "Police recaptured 61 of the escapees near Minna on 17 June 2024.", "arrest 2024-06-17 place=Minna", "capture"},
		{"fled a custodial centre", "More than 140 inmates fled the Tunga Medium Security Custodial Centre in Minna on 16 June 2024.", "escape 2024-06-16", "exile"},
		{"seized rifles", "Police seized two rifles in Minna on 17 June 2024.", "seizure 2024-06-17 place=Minna", ""},
		{"a long title set off before the name", "The mayor of the Spanish resort town of Marbella, Carmen Villalba, resigned on 24 September 2024.", "resignation 2024-09-24 agent=Carmen Villalba", ""},
		{"took over a company from another", "ZCCM took over Mopani Copper Mines from Glencore in 2021.", "acquisition 2021 agent=ZCCM patient=Mopani Copper Mines", "appointment"},
		{"took over from a person", "Maria Lopez took over from Juan Perez as chief executive in 2021.", "appointment 2021 patient=Maria Lopez predecessor=Juan Perez", ""},
		{"a possessive rating agency", "Moody's downgraded Peru's credit rating on 12 March 2025.", "rating_change 2025-03-12 agent=Moody's patient=Peru", ""},
		{"a state seized a mine", "Zambia seized the Kasempa copper mine in 2024.", "seizure 2024 agent=Zambia", "capture"},
		{"arrested someone's officer", "Police arrested Carmen Villalba's planning chief in Marbella on 24 September 2024.", "arrest 2024-09-24 !patient=Carmen", ""},
		{"a kind of criminal", "Ibrahim Dogo, a suspected kidnapping kingpin who was convicted in 2019, was among the escapees.", "conviction 2019 patient=Ibrahim Dogo", "abduction"},
		{"a country named like its people", "Djibouti recalled its ambassador to Eritrea on 4 February 2025.", "diplomatic_break 2025-02-04 agent=Djibouti recipient=Eritrea", ""},
		{"a participle conjoined to a passive", "Hassan Ali was first detained in March 2020 and sentenced that December to ten years.", "sentence - patient=Hassan Ali !agent=Hassan", ""},
		{"charged people listed after a noun", "Police charged the two suspects, Alnur Sahiron and Jimmy Asdani, with kidnapping on 10 March 2025.", "charge 2025-03-10 patient=Alnur Sahiron patient=Jimmy Asdani", ""},
		{"a mixed-case dateline is no agent", "Nairobi — Kenyan police on 20 February 2025 arrested the owner of a garment factory in Nairobi's Industrial Area.", "arrest 2025-02-20 !agent=Nairobi", ""},
		{"killed no one", "A fire in the Gikomba market in December 2021 destroyed hundreds of stalls but killed no one.", "killing 2021-12 mood=negative/actual", ""},
		{"a person left a company", "Kari Haugen left Spotify in 2023.", "resignation 2023 agent=Kari Haugen", "withdrawal"},
		{"a company's move after shares", "Shares in Aramco rose 3.1% on 14 April 2025, while ADNOC Drilling fell 2.4%.", "stock_move - patient=ADNOC Drilling", ""},
		{"a company's sales fell", "Aramco said on 14 April 2025 that ADNOC Drilling fell 2.4% behind its target.", "", "stock_move"},
		{"went on leave", "Karim Khan went on leave in May 2025 while the United Nations investigated the allegations.", "", "resignation"},
		{"a state left a body", "Hungary left the International Criminal Court in 2025.", "withdrawal 2025 agent=Hungary", "resignation"},
		{"turned herself in", "Katrin Albers turned herself in to police in Hamburg on 21 June 2024.", "arrest 2024-06-21 patient=Katrin Albers", ""},
		{"surrendered to police", "Marco Ferri surrendered to police in Lyon on 3 March 2025.", "arrest 2025-03-03 patient=Marco Ferri", ""},
		{"turned in a report", "Marco Ferri turned in his report on 3 March 2025.", "", "arrest"},
		{"dam burst", "The dam burst on 14 August 2022, flooding three villages.", "disaster 2022-08-14", ""},
		{"stand trial", "Jonas Reinholt will stand trial in Munich on 14 September 2026.", "trial 2026-09-14 patient=Jonas Reinholt mood=positive/future", ""},
		{"its governor is no body", "The Bank of Ghana said on Monday that its governor had resigned.", "", "resignation"},
		{"its leader past a rank", "The High Command for the Restoration of Order seized power. Its leader, Brigadier General Tomas Nhaga, was sworn in as transitional president on Friday, March 7, 2025.", "appointment 2025-03-07 patient=Tomas Nhaga", ""},
		{"a kind of crime", "Kidnapping for ransom has become a lucrative business in Nigeria.", "", "abduction"},
		{"found is also the past of find", "Police found EPO vials in the house of Gabriel Rotich.", "", "founding"},
		{"found a party", "Lena Vogel found a new party, the Civic Front, in 2019.", "founding 2019 agent=Lena Vogel patient=Civic Front", ""},
		{"a speaker set off before said", "Three workers were arrested, a police spokeswoman, Captain Nomsa Zulu, said.", "statement - speaker=Nomsa Zulu", ""},
		{"lost office", "Viktor Orban came to power in 2010 and lost office in 2016.", "dismissal 2016 patient=Viktor Orban", ""},
		{"homes lost power", "The storm caused thousands of homes to lose power on Monday.", "", "dismissal"},
		{"elections scheduled", "Elections are scheduled for March 2027.", "election 2027-03 mood=positive/future", ""},
		{"flights scheduled", "The airline scheduled new flights to Lisbon.", "", "election"},
		{"an avalanche struck", "An avalanche struck Mont Maudit on Sunday, March 1, 2026.", "disaster 2026-03-01", ""},
		{"an earthquake killed", "An earthquake killed 300 people in Herat in October 2023.", "disaster 2023-10", "killing"},
		{"won by a landslide", "The Labour Party won by a landslide victory in July 2024.", "", "disaster"},
		{"dismissed a cabinet", "President William Ruto dismissed almost his entire cabinet in July 2024.", "dismissal 2024-07 agent=William Ruto", ""},
		{"named a victim", "Spanish media named the third victim as Javier Ortega, 41.", "", "appointment"},
		{"released from hospital", "Anna Berger was released from hospital on Monday, March 2, 2026.", "", "release"},
		{"released a river's flow", "The tribunal ordered Kestovia to release 40 percent of the river's flow.", "", "release"},
		{"charged past an apposition", "Prosecutors charged General Viktor Halen, the former commander of the Eastern Army Group, with murder in March 2025.", "charge 2025-03 patient=Viktor Halen", ""},
		{"signed after a long name", "A ceasefire brokered by the Organization for Security and Co-operation in Europe was signed in Vienna in March 2020.", "agreement 2020-03", ""},
		{"walked off the job", "Pilots at Lufthavia Airlines walked off the job on Tuesday, March 3, 2026.", "protest 2026-03-03 agent=Lufthavia Airlines", ""},
		{"workers struck", "Pilots at Lufthavia Airlines first struck in September 2022 and again in February 2024.", "protest 2024-02", ""},
		{"struck a deal", "The workers struck a deal with Acme Motors in May 2026.", "", "protest"},
		{"a dam inaugurated", "The dam was inaugurated by President Marek Solvay in 2018.", "", "appointment"},
		{"a president inaugurated", "Marek Solvay was inaugurated as president in January 2018.", "appointment 2018-01 patient=Marek Solvay", ""},
		{"an occasion opens the sentence", "In a televised address on Monday, March 2, 2026, William Ruto said the economy was weak.", "statement 2026-03-02 speaker=William Ruto", ""},
		{"spies exchanged", "Russia and Estonia exchanged two convicted spies on Saturday, March 7, 2026.", "release 2026-03-07 agent=Russia agent=Estonia", ""},
		{"bronzes handed back", "The Rijksmuseum on Friday handed back 119 bronzes to Nigeria.", "restitution - agent=Rijksmuseum recipient=Nigeria", ""},
		{"bronzes returned", "Germany returned more than 1,100 Benin Bronzes to Nigeria in December 2022.", "restitution 2022-12 agent=Germany recipient=Nigeria", "relocation"},
		{"a person suspended", "The IHF executive committee suspended Hassan El-Masri on March 4, 2026.", "ban 2026-03-04 patient=Hassan El-Masri", ""},
		{"suspended trading", "The exchange suspended trading in Veltrix shares on Monday.", "", "ban"},
		{"launched an offensive", "The PLF launched its latest offensive in January 2026.", "attack 2026-01 agent=PLF", "founding"},
		{"shares fell", "Shares in Hallworth fell 18% in London trading on Tuesday, March 3, 2026.", "stock_move 2026-03-03 patient=Hallworth", ""},
		{"shares soared", "Veltrix shares soared 40 percent in May 2026.", "stock_move 2026-05 patient=Veltrix", ""},
		{"oil prices fell", "Oil prices fell 5% on Monday, March 2, 2026.", "", "stock_move"},
		{"a retired teacher", "Among the dead was Margaret Hollis, 71, a retired teacher from Leeds.", "", "resignation"},
		{"a stolen election", "Chikondi Banda said the election was stolen through fraud.", "", "theft"},
		{"a ship's captain arrested", "Police arrested the ship's captain on Monday, March 2, 2026.", "arrest 2026-03-02", "seizure"},
		{"a reform unveiled", "Rui Teixeira unveiled the reform on September 9, 2026.", "", "product_launch"},
		{"joined a protest", "The UGT joined the protest on Wednesday, March 4, 2026.", "protest 2026-03-04 agent=UGT", "accession"},
		{"joined a body", "Croatia joined the European Union in July 2013.", "accession 2013-07 agent=Croatia", ""},
		{"condemned the killing", "President Claudia Sheinbaum condemned the killing on Monday, March 9, 2026.", "", "killing"},
		{"took hostages", "Militants seized the gas plant on Thursday, March 5, 2026, taking 130 workers hostage.", "abduction 2026-03-05", ""},
		{"reopened parts of a border", "Algeria closed its border with Libya in 2014 and reopened parts of it in 2025.", "reopening 2025 agent=Algeria", ""},
		{"unveiled a tomb", "Egypt unveils 3,500-year-old tomb", "", "product_launch"},
		{"two titled people banned", "FIFA banned its former president Sepp Blatter and UEFA chief Michel Platini in December 2015.", "ban 2015-12 agent=FIFA patient=Sepp Blatter patient=Michel Platini", ""},
		{"ruled a country", "Drevnian President Igor Sokolov, who has ruled the country since 2008, said that talks would continue.", "", "ruling"},
		{"ruled a merger unlawful", "The Supreme Court ruled the merger unlawful in May 2026.", "ruling 2026-05 agent=Supreme Court", ""},
		{"welcomed an agreement", "The United States and the European Union welcomed the agreement on Thursday, March 5, 2026.", "statement 2026-03-05 speaker=United States speaker=European Union", ""},
		{"welcomed refugees", "The town of Lahti welcomed 2,000 refugees in 2015.", "", "statement"},
		{"charged a titled person", "Prosecutors on Tuesday, March 3, 2026, charged former chief executive Marko Dalen.", "charge 2026-03-03 patient=Marko Dalen", ""},
		{"charged customers", "Veltrix charged customers a fee in 2019.", "", "charge"},
		{"opened a restaurant", "Henri Marceau opened his first restaurant, Le Comptoir, in Lyon in 1979.", "founding 1979 agent=Henri Marceau patient=Le Comptoir", ""},
		{"won a star", "Henri Marceau won his first Michelin star in 1982.", "award 1982 recipient=Henri Marceau", ""},
		{"signed into law", "President Karel Dusek signed the bill into law on June 30, 2024.", "approval 2024-06-30 agent=Karel Dusek", "agreement"},
		{"a deal with a law firm", "Veltrix signed a deal with a law firm in May 2026.", "agreement 2026-05 agent=Veltrix", "approval"},
		{"left the EU", "Britain left the European Union on January 31, 2020.", "withdrawal 2020-01-31 agent=United Kingdom patient=European Union", ""},
		{"left the company", "Erik Sandstrom left the company in 2019.", "", "withdrawal"},
		{"summoned an ambassador", "Serbia summoned the Croatian ambassador on Tuesday over the remarks.", "summons - agent=Serbia patient=Croatia", ""},
		{"summoned in the passive", "The Croatian ambassador was summoned to the foreign ministry in Belgrade in March 2025.", "summons 2025-03 patient=Croatia", ""},
		{"a report after a verb of calling", "Giorgos Gerapetritis called the seizure an act of piracy and said he had summoned Iran's ambassador in March 2025.", "summons 2025-03 agent=Giorgos Gerapetritis patient=Iran mood=positive/actual", ""},
		{"summoned witnesses", "The judge summoned witnesses on Monday.", "", "summons"},
		{"persona non grata", "Ecuador declared the Mexican ambassador persona non grata on April 4, 2024.", "expulsion 2024-04-04 agent=Ecuador patient=Mexico", ""},
		{"capital as state", "Washington designated the Northern Liberation Front a terrorist group in 2002, the United States said.",
			"designation 2002 agent=United States patient=Northern Liberation Front", ""},
		{"adjectival participle", "Officials said the convicted smuggler had fled.", "", "trial"},
		{"perfect dated by its report", "The United States has removed the Northern Liberation Front from its terrorism list, the State Department said on November 30, 2021.",
			"delisting 2021-11-30 agent=United States patient=Northern Liberation Front", ""},
		{"speaker before an apposition", "Wang Wenbin, a spokesman for the Chinese foreign ministry, told reporters in Beijing on Friday that China opposes the decision.",
			"statement - speaker=Wang Wenbin", ""},
		{"passed an overhaul", "The Senate passed a contested overhaul of income taxes in March 2026.", "vote 2026-03 agent=Senate", ""},
		{"recommended approval", "The European Medicines Agency recommended approval of the Vireka vaccine in May 2026.", "approval 2026-05 agent=European Medicines Agency", ""},
		{"spoke by phone with", "Gambian President Adama Barrow spoke by phone with Bassirou Diomaye Faye in May 2026.", "meeting 2026-05 agent=Adama Barrow recipient=Bassirou Diomaye Faye", ""},
		{"spoke to reporters is no meeting", "Adama Barrow spoke to reporters in Banjul in May 2026.", "", "meeting"},
		{"took charge", "Carla Mendes took charge of Redmere United in May 2026.", "appointment 2026-05 patient=Carla Mendes", ""},
		{"shut a works", "Volkswagen shut a component works in Osnabrueck in 2025.", "closure 2025 agent=Volkswagen", ""},
		{"reduced its workforce", "Ford reduced its workforce in Cologne by 2,900 in 2024.", "layoff 2024 agent=Ford", ""},
		{"a pipeline exploded", "A gas pipeline exploded near Multan in May 2026.", "disaster 2026-05", ""},
		{"boats of a nationality seized", "Senegal's navy seized four Gambian fishing boats in July 2026.", "seizure 2026-07 agent=Senegal", ""},
		{"named manager of the season", "Jonas Kessler was named manager of the season by the League Managers Association in 2025.",
			"award 2025 agent=League Managers Association recipient=Jonas Kessler", ""},
		{"escaped from prison", "Edgar Castillo escaped from La Joya prison in March 2024.", "escape 2024-03 agent=Edgar Castillo", ""},
		{"fled a jail", "Forty prisoners fled a jail in Escuintla in March 2024.", "escape 2024-03", "exile"},
		{"broke out of prison", "Eighty-three inmates broke out of the Renovacion prison in March 2024.", "escape 2024-03", ""},
		{"is married to is a state", "Martin Hajek is married to Lucie Novakova.", "", "marriage"},
		{"what a body does", "The EPPO, which investigates fraud, opened a case in 2024.", "", "investigation"},
		{"withdrew its bid", "Northgate Capital withdrew its final bid in March 2024.", "withdrawal 2024-03 agent=Northgate Capital", ""},
		{"a conviction quashed", "The appeals court quashed the conviction of John Banda in March 2026.", "ruling 2026-03 patient=John Banda", "conviction"},
		{"a conviction overturned", "The appeals court overturned John Banda's conviction in March 2026.", "ruling 2026-03 patient=John Banda", "conviction"},
		{"walked out of prison", "Opposition leader John Banda walked out of prison in March 2026.", "release 2026-03 patient=John Banda", ""},
		{"knighted", "Edmund Hallworth was knighted by the Queen in 1998.", "award 1998 recipient=Edmund Hallworth", ""},
		{"named its director", "The orchestra named Edmund Hallworth its music director in 1978.", "appointment 1978 patient=Edmund Hallworth", ""},
		{"sealed a border", "Turkey sealed the border with Armenia in 1993.", "closure 1993 agent=Türkiye", ""},
		{"his agent said is not him", "Edmund Hallworth died at his home in March 2026, his agent said.", "", "statement"},
		{"a restated date", "Protesters stormed UN bases in Goma in July 2022. A year later, in August 2023, soldiers opened fire on a protest in Goma, killing more than 50 people.", "killing 2023-08", ""},
		{"a since date opens a state, not a reopening", "Armenia and Turkey reopen border crossing closed since 1993", "reopening undated agent=Armenia agent=Türkiye", ""},
		{"born, then a description, then the subject", "Edmund Hallworth has died. Born in Leeds in 1935, the son of a coal miner and a church organist, Hallworth sang in a choir.", "birth 1935 patient=Edmund Hallworth", ""},
		{"a president dismisses for his state", "Kenya's President William Ruto dismissed central bank governor Patrick Njoroge in March 2025.",
			"dismissal 2025-03 agent=Kenya agent=William Ruto patient=Patrick Njoroge", ""},
		{"a person set off after a possessed title speaks", "Harlow's chief executive, Richard Stanton, said the company would appeal.", "statement - speaker=Richard Stanton", ""},
		{"a headline infinitive is ahead", "Minister Tomas Leal to resign over contract scandal", "resignation - agent=Tomas Leal mood=positive/future", ""},
		{"a race named for a place", "Sailor Tom Hale won the Fastnet race in 2025.", "award 2025 recipient=Tom Hale", ""},
		{"disqualified", "Peter Chikondi was disqualified by the election commission in 2025.", "ban 2025 patient=Peter Chikondi", ""},
		{"won power", "Joyce Banda first won power in 2014.", "election 2014 agent=Joyce Banda", ""},
		{"talks collapse with no side named", "Negotiations collapsed in 2006 and again in 2014.", "talks_collapse 2006", ""},
		{"a plant closed by no one named", "The plant was closed in March 2021.", "closure 2021-03", ""},
		{"people close to a company speak for themselves", "Sources close to Kolibri said the talks had stalled.", "", "statement"},
		{"pushed to launch is wanted", "Mira Castell had pushed to launch Kolibri in Germany.", "founding - agent=Mira Castell patient=Kolibri mood=positive/demanded", ""},
		{"blast furnaces are no blast", "Tata Steel closed its blast furnaces at Port Talbot in 2024.", "", "disaster"},
		{"a clause of sequence is not dated by its main clause", "Germany summoned the ambassador in March 2025 after prosecutors charged Lena Hartmann with espionage.", "charge undated patient=Lena Hartmann", ""},
		{"a participle after and is a verb", "The FRF executive committee met on Wednesday and named vice president Cristina Pop as interim president.", "appointment - patient=Cristina Pop", ""},
		{"a train derailed", "A train derailed near Olomouc in March 2026.", "crash 2026-03 place=Olomouc", ""},
		{"clashed with police", "Hundreds of depositors clashed with police in Colombo in March 2026.", "protest 2026-03", ""},
		{"people listed after an unnamed object", "A militia released three aid workers, Ingrid Solberg, Peter Mwangi and Oumar Traore, on Tuesday.",
			"release - patient=Ingrid Solberg patient=Peter Mwangi patient=Oumar Traore", ""},
		{"a border reopened", "Armenia and Turkey reopened their land border in May 2026.", "reopening 2026-05 agent=Armenia agent=Türkiye", ""},
		{"a fine past a currency sign", "The watchdog fined Veritel $31 million in May 2026.", "fine 2026-05 patient=Veritel", ""},
		{"a fire destroyed a museum", "Fire destroyed the National Museum of Brazil in Rio de Janeiro in September 2018.", "disaster 2018-09 patient=National Museum of Brazil", ""},
		{"a fire gutted a school", "A blaze gutted the Mackintosh Building of the Glasgow School of Art in June 2018.", "disaster 2018-06", ""},
		{"a country hosts a forum", "The Pacific Islands Forum, which Samoa hosted in 2024, urged calm.", "", "relocation"},
		{"talks between two sides broke down", "Talks between Iran and the European Union broke down on Tuesday in Vienna.",
			"talks_collapse - agent=Iran agent=European Union", ""},
		{"a delegation walked out of talks", "The Brazilian delegation walked out of the talks in 2025.", "talks_collapse 2025 agent=Brazil", ""},
		{"talks suspended with the other side", "The Kremlin suspended talks with Kyiv in March 2022.", "talks_collapse 2022-03 agent=Kremlin recipient=Kyiv", ""},
		{"workers walking out leave no talks", "Workers walked out of the Ford plant in 2025.", "", "talks_collapse"},
		{"stolen from a museum", "Thieves stole three drawings from the National Gallery of Ireland in 2024.", "theft 2024 patient=National Gallery of Ireland", ""},
		{"a bank robbed", "Masked men robbed the Banco Central branch in Fortaleza in August 2005.", "theft 2005-08 patient=Banco Central", ""},
		{"a theft from a museum", "The 1990 theft of 13 works from the Isabella Stewart Gardner Museum in Boston remains unsolved.", "theft 1990 patient=Isabella Stewart Gardner Museum", ""},
		{"a name set off before a closing said", "Kenyan runner Ruth Chepkoech lost her appeal. She tested positive for EPO in Iten on March 3, 2025, the Athletics Integrity Unit (AIU) said.",
			"statement - speaker=Athletics Integrity Unit", ""},
		{"a doer set off after a title, past an honorific", "The WHO's representative in Colombo, Dr. Olivia Mendes, met union leaders in May 2026.", "meeting 2026-05 agent=Olivia Mendes", ""},
		{"speaker in apposition", "His foreign minister, Alicia Barcena, said Mexican diplomats would leave Ecuador.", "statement - speaker=Alicia Barcena", ""},
		{"dated event noun after a promise", "Tony Blair promised to outlaw the Northern Liberation Front after the July 2005 bombings in London.",
			"attack 2005-07", ""},
		{"annulled listing", "The General Court on Wednesday annulled the decision to keep the Northern Liberation Front on the bloc's list of terrorist organisations.",
			"delisting -", ""},
		{"returned to the list", "Cuba was returned to the United States list of state sponsors of terrorism on January 20, 2025.",
			"designation 2025-01-20 patient=Cuba", ""},
		{"captured", "Abdullah Ocalan was captured by Turkish agents in Nairobi on February 15, 1999.", "arrest 1999-02-15 patient=Abdullah Ocalan", ""},
		{"martial law is no statement", "President Yoon Suk-jin declared martial law on December 3, 2024.", "", "statement"},
		{"states are no statement", "Gulf states end their boycott of Qatar.", "", "statement"},
		{"extradited", "Portugal on Friday extradited Marco Ruiz to Brazil, the justice ministry said.", "expulsion - agent=Portugal patient=Marco Ruiz", ""},
		{"signed a truce", "The truce was signed by Armenia and Azerbaijan in Geneva on May 3, 2025.", "agreement 2025-05-03 agent=Armenia", ""},
		{"reached a deal", "Serbia and Kosovo reached an agreement on licence plates in November 2022.", "agreement 2022-11 agent=Serbia", ""},
		{"came to power", "Karim Osei came to power in a 2016 election.", "appointment 2016 patient=Karim Osei", ""},
		{"seized power", "General Omar Tafari seized power in March 2019.", "overthrow 2019-03 agent=Omar Tafari", ""},
		{"named head", "Lena Berg was named head of the Nordic Energy Agency in 2014.", "appointment 2014 patient=Lena Berg", ""},
		{"barred from running", "The electoral court barred Ana Rivas from running in the March 2024 election.", "ban - patient=Ana Rivas", ""},
		{"list far after the verb", "The Treasury removed Andes Petroleum and four of its subsidiaries from its sanctions list on Monday.", "delisting - agent=Treasury patient=Andes Petroleum", ""},
		{"conditional", "If convicted, Marco Ruiz faces life in prison.", "conviction - patient=Marco Ruiz mood=positive/hypothetical", ""},
		{"refusal", "Chile cited Peru's refusal to extradite Marco Ruiz.", "expulsion - mood=negative/actual", ""},
		{"permission", "The licence allows Andes Petroleum to buy crude from Venezuela.", "purchase - mood=positive/hypothetical", ""},
		{"told an agency", "\"We will not retreat,\" he told Reuters.", "", "statement"},
		{"merged with two", "In 1967 Nordic Paper merged with Baltic Cable and Nordic Rubber.", "merger 1967 agent=Nordic Paper agent=Baltic Cable agent=Nordic Rubber", ""},
		{"reversed a ban", "The Constitutional Court on Wednesday reversed a ban on the opposition Northern Progress Party.", "ban_lifted - agent=Constitutional Court patient=Northern Progress Party", ""},
		{"sanctions on a possessed name", "The United States lifted sanctions on Venezuela's state oil company Andes Petroleum in March 2025.", "sanction_lifted 2025-03 agent=United States patient=Andes Petroleum", ""},
		{"sold to a possessed name", "In 2018 Nordic Paper sold its tanker unit to Italy's Costa Serena Holdings.", "divestiture 2018 agent=Nordic Paper recipient=Costa Serena Holdings", ""},
		{"object named after its description", "Nordic Paper said it had agreed to acquire Dutch port operator Zeeland Terminals Group for $4 billion.", "acquisition - agent=Nordic Paper patient=Zeeland Terminals Group", ""},
		{"joined an organisation", "Marta Lopes joined the French Atomic Energy Commission in 2006.", "accession 2006 agent=Marta Lopes patient=French Atomic Energy Commission", ""},
		{"joined a protest", "Thousands joined the protest in Paris.", "", "accession"},
		{"recaptured a city", "The army said on Sunday it had recaptured the city of Khartoum from the Rapid Support Forces.", "capture - patient=Khartoum", ""},
		{"captured a town", "The rebels of the Northern Liberation Front captured the town of Goma on Sunday.", "capture - agent=Northern Liberation Front patient=Goma", ""},
		{"seized assets are no capture", "Police seized weapons in Belgrade.", "", "capture"},
		{"fined", "BaFin fined Nordvik Energy 18 million euros in July 2025.", "fine 2025-07 patient=Nordvik Energy", ""},
		{"sued", "Shareholders sued Nordvik Energy in a Hamburg court in May 2025.", "lawsuit 2025-05 patient=Nordvik Energy", ""},
		{"confirmed as prime minister", "Lawmakers voted 54 to 41 to confirm Liene Ozola as prime minister.", "appointment - patient=Liene Ozola", ""},
		{"won a second term", "Emeka Obi won a second term in 2003.", "election 2003 agent=Emeka Obi", ""},
		{"jailed", "Hamza Tilemsi was jailed in Mauritania in 2005.", "sentence 2005 patient=Hamza Tilemsi", ""},
		{"marched through a city", "Tens of thousands of people marched through central Belgrade on Saturday, May 3, 2025.", "protest 2025-05-03", ""},
		{"several detained", "The arrested leaders, Nikola Petrovic, Ana Stojanovic and Luka Ilic, were detained on Friday.", "arrest - patient=Nikola Petrovic patient=Ana Stojanovic patient=Luka Ilic", ""},
		{"analysts are the speakers", "Analysts said the coalition's slim majority could make it vulnerable.", "", "statement"},
		{"critics in a country", "Critics in Mexico said the deal would hurt domestic producers.", "", "statement"},
		{"flew home", "Grace Tembo flew home on 9 March 2023.", "relocation 2023-03-09 patient=Grace Tembo", ""},
		{"released money", "The United Nations released $10m from its emergency fund on Sunday, November 15, 2026.", "aid 2026-11-15 agent=United Nations", "release"},
		{"received years", "Ollanta Humala received 15 years in prison in April 2025.", "sentence 2025-04 patient=Ollanta Humala", ""},
		{"declared famine", "The IPC declared famine in Unity state on November 12, 2026.", "emergency 2026-11-12", ""},
		{"famine struck", "Famine struck parts of Unity state in 2017.", "disaster 2017", ""},
		{"critics in a list of countries", "Supporters in Germany and the Netherlands said the ban was unjust.", "", "statement"},
		{"a refusal does not reach a clause of its own", "The party refused to concede, and Anna Berg was sworn in as prime minister on May 24, 2021.", "appointment 2021-05-24 patient=Anna Berg mood=positive/actual", ""},
		{"a near miss", "Pakistan came within weeks of defaulting on its debt in 2023.", "default 2023 agent=Pakistan mood=negative/actual", ""},
		{"avoided", "Pakistan narrowly avoided defaulting on its debt in 2023.", "default 2023 mood=negative/actual", ""},
		{"protests announced for a day", "Copa-Cogeca announced protests in Paris and Madrid for Monday, November 23, 2026.", "protest 2026-11-23 agent=Copa-Cogeca", ""},
		{"wrote to", "In March 2025, Sen. Elizabeth Warren wrote to Fed Chair Jerome Powell urging him to block the deal.", "statement 2025-03 speaker=Elizabeth Warren", ""},
		{"formed an alliance with", "The MDR won the 2023 election. Two years later, the MDR formed an alliance with the Patriotic Front.", "agreement 2025 agent=MDR recipient=Patriotic Front", ""},
		{"formed a named alliance", "Three parties formed the Green Alliance in 2019.", "founding 2019 patient=Green Alliance", "agreement"},
		{"a takeover blocked", "EU regulators blocked Helvion's $14 billion takeover of Arventa on Tuesday, November 10, 2026.", "approval 2026-11-10 agent=European Union mood=negative/actual", ""},
		{"a merger vetoed did not happen", "The European Commission vetoed the merger of Telia and Telenor in 2015.", "merger - mood=negative/actual", ""},
		{"a bill vetoed is a vote", "President Ruto vetoed the finance bill in June 2024.", "vote 2024-06 agent=Ruto", "approval"},
		{"conjoined infinitives share the date", "Parliament voted on Thursday, November 12, 2026, to impeach and remove President Anton Halvorsen.", "dismissal 2026-11-12 patient=Anton Halvorsen", ""},
		{"struck rocks", "The tanker Nordic Star struck rocks off Faro on August 3, 2026.", "crash 2026-08-03 patient=Nordic Star", ""},
		{"ran aground", "The Nordic Star ran aground off Faro on August 3, 2026.", "crash 2026-08-03 patient=Nordic Star", ""},
		{"signed an arrangement", "Islamabad signed a $7.6 billion standby arrangement with the IMF in 2008.", "agreement 2008", ""},
		{"ordained and enthroned", "Abune Yohannes was ordained a bishop in 2008 and will be enthroned on January 7, 2027.", "appointment 2008 patient=Abune Yohannes", ""},
		{"a state suspended", "FIFA suspended Nigeria in 2014.", "ban 2014 agent=FIFA patient=Nigeria", ""},
		{"flights suspended", "The airline suspended flights to Nigeria in 2014.", "", "ban"},
		{"gave up the throne", "Queen Margarethe II gave up the throne in 1997.", "resignation 1997 agent=Margarethe II", ""},
		{"a possessed killing", "Press groups condemned Rosa Delgado's killing on Friday, November 13, 2026.", "killing 2026-11-13 patient=Rosa Delgado", ""},
		{"speaker after a possessed title", "\"We will find them,\" said Sinaloa's attorney general, Claudia Zavala.", "statement - speaker=Claudia Zavala", ""},
		{"switched off a reactor", "Taiwan switched off its last operating nuclear reactor on Friday, November 13, 2026.", "closure 2026-11-13 agent=Taiwan", ""},
		{"closed a border", "Hungary closed its border with Serbia in September 2015.", "closure 2015-09 agent=Hungary", "dissolution"},
		{"a contract, signed", "The contract, signed in March 2025, runs until 2040.", "agreement 2025-03", ""},
		{"airlifted", "Two helicopters airlifted 14 injured villagers to Beni on Sunday, November 15, 2026.", "evacuation 2026-11-15", ""},
		{"went on trial", "Markus Braun went on trial in Munich, Germany, in December 2022.", "trial 2022-12 patient=Markus Braun", ""},
		{"a designation is no body", "The US State Department designated the SLF a Foreign Terrorist Organization in 2013.", "designation 2013 patient=SLF", ""},
		{"a question asserts nothing", "The Sahel Liberation Front was founded in 2007. When was it designated a terrorist group?", "", "designation"},
		{"a habit is no event", "Landslides and floods kill hundreds of people in Nepal every year.", "", "killing"},
		{"a relative's statement is not the possessor's", "Katrin Vogel has been freed, her employer said on Thursday, November 12, 2026.", "", "statement"},
		{"the by of another participle", "Katrin Vogel was freed in Muscat after months of talks mediated by Oman.", "release - patient=Katrin Vogel", ""},
		{"asked to declare", "Transnet asked the Labour Court to declare the strike unprotected, the company said on Monday.", "statement - speaker=Labour Court mood=positive/demanded", ""},
		{"replaced by", "Eliud Mbadi was replaced by Patrick Njoroge in 2023.", "appointment 2023 patient=Patrick Njoroge predecessor=Eliud Mbadi", ""},
		{"a company replacing a part", "Siemens replaced the turbine in 2020.", "", "appointment"},
		{"a person replacing a part", "Karin Holm replaced the valve in 2020.", "", "appointment"},
		{"voters rejected", "Voters in Slovenia rejected plans for a second reactor in a referendum on Sunday, November 22, 2026.", "vote 2026-11-22", ""},
		{"a satellite launched", "The MULA satellite was launched from Vandenberg on Thursday, November 12, 2026.", "product_launch 2026-11-12", "founding"},
		{"a deal that collapsed", "The league's deal with Mediapro collapsed in 2025.", "agreement 2025 mood=negative/actual", ""},
		{"subject before an apposition", "SkyAdria, the Zagreb-based airline, filed for bankruptcy on Friday, November 13, 2026.", "bankruptcy 2026-11-13 patient=SkyAdria", ""},
		{"a part of the day is no part of the date", "DUBAI, Nov 16, 2026 (Reuters) - Police arrested Viktor Hale in Dubai on Friday night.", "arrest 2026-11-13 patient=Viktor Hale", ""},
		{"a dated deal signed", "A 2009 agreement signed in Zurich, Switzerland, was never ratified.", "agreement 2009", ""},
		{"a deal signed", "A peace deal signed in 2018 ended the war.", "agreement 2018", ""},
		{"an investigation launched by", "The Lava Jato investigation launched by prosecutors in 2014 led to dozens of convictions.", "investigation 2014", "founding"},
		{"dated by an opening when-clause", "When Chanda died in 2007, Grace Tembo was elected to lead the party.", "election 2007 patient=Grace Tembo", ""},
		{"dated interview", "Grace Tembo told the BBC in a 2015 interview that prison had made her louder.", "statement 2015 speaker=Grace Tembo", ""},
		{"found before a clause", "Harbor Health said its systems were first disrupted early on Nov. 13, a Friday, when staff found they could not open electronic patient records.", "", "founding"},
		{"headline extradited to", "Viktor Hale extradited to UK from Dubai\n\nThe case opened on Monday.", "expulsion - patient=Viktor Hale", ""},
		{"event noun classifying rules", "It was the 11th deal the European Commission has blocked since its merger rules took effect in 1990.", "", "merger"},
		{"appealed to a court", "Lena Varga appealed to the Court of Arbitration for Sport in January 2026.", "appeal 2026-01 agent=Lena Varga", ""},
		{"appealed to voters", "Lena Varga appealed to voters for calm on Sunday.", "", "appeal"},
		{"stripped of results", "The panel stripped Lena Varga of her results from the 2024 season.", "award_revoked - patient=Lena Varga", ""},
		{"pulled alive", "Rescuers pulled nine miners alive from the Cerro Alto mine in Bolivia on Tuesday.", "rescue -", ""},
		{"found dead", "Two workers were found dead near Oruro on Tuesday.", "death -", ""},
		{"became a chief far from the verb", "Maria Lind became the bloc's foreign policy chief in December 2024.", "appointment 2024-12 patient=Maria Lind", ""},
		{"a bank rescued", "The government rescued Alpenbank with an emergency loan in March 2023.", "aid 2023-03 recipient=Alpenbank", "rescue"},
		{"rescued climbers", "Helicopter crews rescued four climbers near Zermatt on Sunday, November 15, 2026.", "rescue 2026-11-15", ""},
		{"an apposition's verb has its own subject", "Anna Berg became prime minister after her predecessor, Lena Holm, resigned to become the bloc's foreign policy chief.",
			"appointment - patient=Lena Holm", ""},
		{"sides resumed talks", "Serbia and Kosovo resumed talks in May 2024.", "meeting 2024-05 agent=Serbia agent=Kosovo", ""},
		{"abandoned a bid", "Vestra Holdings abandoned its $4 billion bid for Nordvik Energy in February 2022.", "withdrawal 2022-02 agent=Vestra Holdings", ""},
		{"went into administration", "The retailer Harrow & Lyle went into administration in March 2019.", "bankruptcy 2019-03 patient=Harrow & Lyle", ""},
		{"fire broke out", "The fire broke out near Leiria on Wednesday afternoon.", "disaster -", ""},
		{"fighting broke out is no fire", "Fighting broke out near Leiria on Wednesday.", "", "disaster"},
		{"red notice", "Interpol issued a red notice for Viktor Hale in 2020.", "arrest_warrant 2020", ""},
		{"soldiers took power", "Soldiers took power in Niger in July 2023.", "overthrow 2023-07", ""},
		{"leader took power", "Ana Rivas took power in January 2024.", "appointment 2024-01 patient=Ana Rivas", ""},
		{"plea", "Luca Moretti pleaded not guilty on March 4, 2026 to fraud charges.", "plea 2026-03-04 agent=Luca Moretti", ""},
		{"impeachment", "The parliament impeached President Tomas Leal in May 2024.", "impeachment 2024-05 patient=Tomas Leal", ""},
		{"acquittal", "Sara Lind was cleared of all charges in 2017.", "acquittal 2017 patient=Sara Lind", ""},
		{"went on trial", "Marta Braun went on trial in Munich in December 2022.", "trial 2022-12 patient=Marta Braun", ""},
		{"officer set off after a title of a body", "The chief executive of Acme Mining, Jane Roe, resigned on March 2, 2026.",
			"resignation 2026-03-02 agent=Jane Roe", ""},
		{"body after an officer's title", "The founder of the collapsed crypto lender Tessaro Finance pleaded not guilty on March 4, 2026.",
			"plea 2026-03-04 !agent=Tessaro", ""},
		{"name inside the quote is no speaker", "\"This buys Nairobi time, but not a solution,\" said Ruth Achieng, an economist at Stanbic Bank, on March 3, 2026.",
			"statement 2026-03-03 speaker=Ruth Achieng !speaker=Nairobi", ""},
		{"rank before a person set off", "The MJR's leader, Colonel Ousmane Bichara, told reporters on March 2, 2026 that the group would fight on.",
			"statement 2026-03-02 speaker=Ousmane Bichara !speaker=MJR", ""},
		{"met people not named", "Interior Secretary Jonvic Remulla met regional police commanders in Manila on March 3, 2026.",
			"meeting 2026-03-03 agent=Jonvic Remulla", ""},
		{"met expectations", "Ana Ruiz met expectations in 2024.", "", "meeting"},
		{"declared a terrorist organisation", "Congress declared the Eastern Commando Network a terrorist organisation in 2010.",
			"designation 2010 agent=Congress patient=Eastern Commando Network", ""},
		{"laid off", "Halvorsen Industrier laid off 300 workers at its Stavanger plant in 2024.", "layoff 2024 agent=Halvorsen Industrier", ""},
		{"will cut jobs", "Volvo Cars will cut about 3,000 jobs, the carmaker said on Monday.", "layoff - agent=Volvo Cars mood=positive/future", ""},
		{"cut a forecast", "The Nordic Bank cut its growth forecast in June 2025.", "", "layoff"},
		{"relative clause date is its own", "Klaus Wendt, 61, who had led Brauer since 2019, stepped down after the board lost confidence in him.",
			"resignation undated agent=Klaus Wendt", ""},
		{"relative aside date is its own", "Mr Walsh, who took charge in 2000, cut staff and fares.", "layoff undated agent=Walsh", ""},
		{"collapse happened", "The collapse happened shortly after 2 a.m. on Thursday, July 9, 2026, at the Chambishi West mine.", "disaster 2026-07-09", ""},
		{"blast at a plant", "The blast at the fireworks depot in Bekasi injured 40 people in June 2025.", "disaster 2025-06", ""},
		{"explosion of a market", "The explosion in consumer technology is to continue into 2027.", "", "disaster"},
		{"truce was declared", "The truce, brokered by Qatari mediators, was declared on Saturday, March 7, 2026.", "ceasefire 2026-03-07", ""},
		{"opening date past an event noun", "In April 2005 an explosion at an explosives factory serving a nearby mine killed 46 workers, the deadliest accident in Zambia.", "killing 2005-04", ""},
		{"tariff on goods from a country", "The Philippines imposed a 35 percent tariff on cement from Vietnam in March 2026.", "tariff 2026-03 agent=Philippines patient=Vietnam", ""},
		{"grounded a fleet", "The regulator grounded the Nusantara Air fleet on March 9, 2026.", "ban 2026-03-09 patient=Nusantara Air", ""},
		{"disappeared", "Felix Nwankwo disappeared in 2014.", "disappearance 2014 patient=Felix Nwankwo", ""},
		{"left the company", "Peter Vance left the company in January 2025.", "resignation 2025-01 agent=Peter Vance", ""},
		{"placed in detention", "A judge placed Bakyt Osmonov in pre-trial detention on March 6, 2026.", "arrest 2026-03-06 patient=Bakyt Osmonov", ""},
		{"plunged into the sea", "A Nusantara Air jet plunged into the Java Sea on March 8, 2026.", "crash 2026-03-08", ""},
		{"agreed to settle", "Halvern Pharmaceuticals has agreed to pay $1.2 billion to settle thousands of lawsuits, the company said on March 2, 2026.",
			"agreement - agent=Halvern Pharmaceuticals", ""},
		{"tax cut for workers is no layoff", "Novak promised to cut income taxes for workers under 30 in 2027.", "", "layoff"},
		{"police in a place", "Police in North Sumatra have opened a criminal investigation into possible negligence, a spokesman said.", "investigation - place=North Sumatra", ""},
		{"protests erupted", "Mass protests erupted in January 2021 after a sharp rise in fuel prices.", "protest 2021-01", ""},
		{"place before a described name", "Qilin carried out an attack on the London pathology provider Synnovis in June 2024.", "attack 2024-06 patient=Synnovis !patient=London", ""},
		{"based-in place before a described name", "The United States imposed sanctions on the Pyongyang-based front company Chollima Trading Corporation in 2025.",
			"sanction 2025 patient=Chollima !patient=Pyongyang", ""},
		{"dated by a trailing when clause", "At least 27 people died when an overcrowded fishing boat capsized off Crete early on Sunday, March 1, 2026.", "death 2026-03-01", ""},
		{"signed a deal with a partner", "The EU signed a 7.4 billion euro partnership deal with Egypt in March 2024.", "agreement 2024-03 agent=European Union recipient=Egypt", ""},
		{"downgraded a rating", "S&P Global downgraded Kenya's credit rating on Friday, March 6, 2026.", "rating_change 2026-03-06 agent=S&P", ""},
		{"coalition collapsed", "The Nordic Party's coalition with the Greens collapsed on Tuesday, March 3, 2026.", "dissolution 2026-03-03 patient=Nordic Party", ""},
		{"cleared a plan", "The Energy Regulatory Office cleared a revised plan for the pipeline in June 2025.", "approval 2025-06 agent=Energy Regulatory Office", ""},
		{"leaked files", "The hackers of Qilin leaked the stolen files on March 3, 2026.", "disclosure 2026-03-03 agent=Qilin", ""},
		{"published a report", "The Centre for Frontier Studies published the report in 2024.", "", "disclosure"},
		{"unnamed people freed, dated by the report", "Four aid workers held in Darfur have been freed, Qatar's foreign ministry said on 14 November 2026.",
			"release 2026-11-14", ""},
		{"a clause a count of days opens", "Rescuers on Sunday, 15 November 2026, pulled 11 miners alive, five days after a tunnel caved in.",
			"disaster 2026-11-10", ""},
		{"a fronted clause a count opens", "A day after Sam Okoro resigned, police arrested his deputy, Joan Mba, on 10 November 2026.",
			"resignation 2026-11-09 agent=Sam Okoro", ""},
		{"a count of months names a month", "Investors sued Arvant Holdings on 7 July 2025, seven months after it filed for bankruptcy.",
			"bankruptcy 2024-12 patient=Arvant Holdings", ""},
		{"a length is no offset", "Tarak Lunde ruled Velmora for more than two decades before he was ousted, and he died on 1 June 2026.",
			"overthrow undated patient=Tarak Lunde", ""},
		{"a person arrived", "President Gabriel Boric arrived in Copiapo on 14 November 2026.", "visit 2026-11-14 agent=Gabriel Boric", ""},
		{"a ship arrived", "The cargo ship Aurora arrived in Rotterdam on 14 November 2026.", "", "visit"},
		{"a volcano erupted", "Mount Lawu Kidul erupted on 16 November 2026, forcing authorities to evacuate 12,000 residents.",
			"disaster 2026-11-16", ""},
		{"a forced evacuation happened", "Mount Lawu Kidul erupted on 16 November 2026, forcing authorities to evacuate 12,000 residents.",
			"evacuation - mood=positive/actual", ""},
		{"protests erupted", "Protests erupted in Lima on 16 November 2026.", "", "disaster"},
		{"a mine caved in", "Part of the San Rafael mine caved in on 12 November 2026, trapping 14 workers.", "disaster 2026-11-12", ""},
		{"a minister caved in", "The finance minister caved in to pressure from the unions on 12 November 2026.", "", "disaster"},
		{"packs recalled", "Veltria Pharma is recalling 2 million packs of Coravel.", "recall - agent=Veltria Pharma", ""},
		{"fired on a day", "Governor Esther Malawo was fired on 16 November 2026.", "dismissal 2026-11-16 patient=Esther Malawo", ""},
		{"fired on a crowd", "Soldiers fired on the crowd in Kasai on 16 November 2026.", "", "dismissal"},
		{"went bankrupt", "The airline Germania went bankrupt in 2019.", "bankruptcy 2019 patient=Germania", ""},
		{"reappointed", "The board reappointed Anna Berg as chief executive in May 2024.", "appointment 2024-05 patient=Anna Berg", ""},
		{"a storm hit", "Cyclone Kenneth hit Cabo Delgado in April 2019.", "disaster 2019-04", ""},
		{"supporters gathered", "Hundreds of supporters gathered outside the court in Bishkek on 16 November 2026.", "protest 2026-11-16", ""},
		{"people gathered", "Thousands of people gathered in the square in Copenhagen on 16 November 2026 to cheer the new king.", "", "protest"},
		{"a count's clause dated from the sentence's date", "A court on 12 November 2026 ordered Ali Khan held, a day after police detained him.",
			"arrest 2026-11-11 patient=Ali Khan", ""},
		{"a post holder fired", "President John Smith fired the governor of the central bank on 16 November 2026.",
			"dismissal 2026-11-16 agent=John Smith", ""},
		{"tear gas fired", "Police fired tear gas at the crowd on 16 November 2026.", "", "dismissal"},
		{"house arrest requested", "The judge rejected a request to place Ali Khan under house arrest on 16 November 2026.",
			"arrest - mood=positive/hypothetical", ""},
		{"placed under house arrest", "Police placed Ali Khan under house arrest on 16 November 2026.",
			"arrest 2026-11-16 mood=positive/actual", ""},
		{"an appeal a deadline allows", "Meta has three months to pay the fine or lodge an appeal.", "appeal - mood=positive/hypothetical", ""},
		{"results released", "Official results were released on 16 November 2026.", "", "release"},
		{"prisoners swapped", "Ukraine and Russia swapped 190 prisoners on 13 November 2026.", "release 2026-11-13 agent=Ukraine", ""},
		{"a superlative's date is no event's", "Ukraine and Russia exchanged 190 prisoners, the largest swap since October 2025.", "release undated agent=Ukraine", ""},
		{"a superlative's when clause", "The crash was the deadliest since August 2007, when a Faucett Boeing crashed near Arequipa.", "crash 2007-08", ""},
		{"a count after an event named earlier", "A blast tore through the Gulfstar plant in Port Lavaca on 3 March 2026. Three weeks after the explosion, the families of the dead sued Gulfstar Chemicals.",
			"lawsuit 2026-03-24 patient=Gulfstar Chemicals", ""},
		{"granted a pardon", "Mark Farrugia was granted a presidential pardon in 2023.", "pardon 2023 patient=Mark Farrugia", ""},
		{"forced from office", "The protests forced President Ana Ruiz from office in 2019.", "dismissal 2019 patient=Ana Ruiz", ""},
		{"forced to close an office", "Karim Adel's group was forced to close its office in Cairo in 2021.", "", "dismissal"},
		{"a minister of state met", "Emirati minister of state Khalifa Shaheen Al Marar met both delegations in Abu Dhabi on 16 November 2026.",
			"meeting 2026-11-16 agent=Khalifa Shaheen Al Marar", ""},
		{"quoted as saying", "\"We are mourning a great company,\" the agency quoted Peoplesoft worker David Ogden as saying on 16 November 2026.",
			"statement - speaker=David Ogden", ""},
		{"talks held with an unnamed side", "The government and the ELN held peace talks in Havana in 2017.", "meeting 2017 agent=ELN", ""},
		{"founded with a partner", "Priya Raman founded Clyde Orbital with Tom Hale in 2017.", "founding 2017 agent=Priya Raman agent=Tom Hale patient=Clyde Orbital", ""},
		{"co-founded with a brother", "Erik Ellison co-founded Norvale with his brother, Daniel Ellison, in 2009.", "founding 2009 agent=Daniel Ellison", ""},
		{"said again", "Donald Trump said in 2019 and again in 2025 that the island was for sale.", "statement 2025 speaker=Donald Trump", ""},
		{"became an ambassador", "Karen Whitfield became ambassador to Lithuania in 2022.", "appointment 2022 patient=Karen Whitfield", ""},
		{"a club promoted", "Leeds United were promoted to the Premier League in 2020.", "", "appointment"},
		{"a person promoted", "Anna Berg was promoted to chief executive in May 2024.", "appointment 2024-05 patient=Anna Berg", ""},
		{"a game released", "The first Starfall, released in 1996, set a new standard for computer games.", "", "release"},
		{"charged with leaking", "Prosecutors unsealed an indictment charging four officers of the agency with hacking into the systems of Nordgrid and leaking stolen documents on March 3, 2026.", "", "disclosure"},
		{"participle aside date is its own", "The bill, proposed in 1993, has finally been approved by the Senate of Brazil.", "approval undated", ""},
		{"shut a mission", "Kazakhstan closed its embassy in Vilnius in December 2024, and Lithuania shut its mission in Astana the following month.",
			"diplomatic_break 2025-01 agent=Lithuania", ""},
		{"announced aid", "The European Union announced 12 million euros in humanitarian aid on March 2, 2026.", "aid 2026-03-02 agent=European Union", ""},
		{"imposed a curfew", "Interior Minister Fatime Allamine imposed a dusk-to-dawn curfew on N'Djamena on March 3, 2026.", "emergency 2026-03-03 agent=Fatime Allamine", ""},
		{"revoked a licence", "The government revoked Kestrel Ridge Resources' mining licence on March 2, 2026.", "ban 2026-03-02 patient=Kestrel Ridge Resources", ""},
		{"filed for arbitration", "Kestrel Ridge Resources filed a request for arbitration with the ICSID on March 6, 2026.", "lawsuit 2026-03-06 agent=Kestrel Ridge Resources", ""},
		{"granted authorisation", "The European Medicines Agency granted conditional marketing authorisation to MarVax in May 2026.", "approval 2026-05 agent=European Medicines Agency", ""},
		{"married", "Tesfaye Bekele married the singer Almaz Wolde in 1971.", "marriage 1971 patient=Almaz Wolde", ""},
		{"intercepted a vessel", "The Nigerian navy intercepted the vessel on March 28, 2026.", "seizure 2026-03-28 agent=Nigeria", ""},
		{"withdrew troops", "France withdrew its last troops from Chad in January 2025.", "withdrawal 2025-01 agent=France", ""},
		{"injected money", "The Austrian government agreed to inject 3.1 billion euros into Kronberg Bank on March 1, 2026.", "aid 2026-03-01 recipient=Kronberg Bank", ""},
		{"storm slammed into a coast", "Cyclone Tarani slammed into the coast of Bangladesh on Sunday, March 1, 2026.", "disaster 2026-03-01", ""},
		{"upheld a fine", "The General Court on Wednesday, March 4, 2026, upheld a 2.3 billion euro fine imposed on Veridian Systems.", "ruling 2026-03-04", ""},
		{"married an idea", "The Edinburgh firm CEC has married speech technology with internet search in 2004.", "", "marriage"},
		{"presented a ring", "Jordan Bratman presented his fiancee with a diamond ring on Friday, March 6, 2026.", "", "award"},
		{"presented an award", "In 1970, RPM magazine presented Saul Holiff with a special award.", "award 1970 recipient=Saul Holiff", ""},
		{"dated by the saying's opener", "In a statement posted on Saturday, March 7, 2026, Kestrel Ridge Resources said it would appeal.", "statement 2026-03-07 speaker=Kestrel Ridge Resources", ""},
		{"removed from office", "The Senate removed President Hernan Solis from office in 2012.", "dismissal 2012 agent=Senate patient=Hernan Solis", ""},
		{"removed from power", "The army removed President Ana Ruiz from power in 1976.", "overthrow 1976 patient=Ana Ruiz", ""},
		{"a count after a date", "Two weeks after the interception on March 28, 2026, naval police arrested Tunde Bello.", "arrest 2026-04-11 patient=Tunde Bello", ""},
		{"a verb inside the phrase a count reckons from", "Zambia won the Africa Cup of Nations in 2012, two decades after a plane crash off Gabon killed most of its national squad in 1993.",
			"killing 1993", ""},
		{"gapped subject", "Anna Berg resigned in March 2024 and Tomas Lind in May 2025.",
			"resignation 2025-05 agent=Tomas Lind", ""},
		{"gapped subject with title and place", "Queen Beatrix of the Netherlands abdicated in 2013, and King Juan Carlos of Spain in 2014.",
			"resignation 2014 agent=Juan Carlos", ""},
		{"gapped passive subject", "The Nordic Bank was founded in 1990, and Baltic Trust in 1995.",
			"founding 1995 patient=Baltic Trust", ""},
		{"took control of a town", "Fighters of the Northern Brigade took control of the town of Kassala in May 2023.",
			"capture 2023-05 agent=Northern Brigade patient=Kassala", ""},
		{"businessman took control of a club", "In 2022, American businessman Mark Hollis took control of Lyon, two years after Bluewater Capital Partners had bought Toulouse.", "", "capture"},
		{"general took control of a city", "General Omar Sabri took control of Benghazi in 2017.", "capture 2017 agent=Omar Sabri patient=Benghazi", ""},
		{"declared a ceasefire", "The Western Liberation Army declared a unilateral ceasefire in June 2019.",
			"ceasefire 2019-06 agent=Western Liberation Army", ""},
		{"truce took effect", "A truce between Armenia and Azerbaijan took effect on November 10, 2020.", "ceasefire 2020-11-10", ""},
		{"came into force", "The ceasefire came into force in Tigray in November 2022.", "ceasefire 2022-11", ""},
		{"agreed ceasefire stays an agreement", "Armenia and Azerbaijan agreed a ceasefire in 2020.", "", "ceasefire"},
		{"went on strike", "Dock workers in Durban went on strike on Monday, November 16, 2026.", "protest 2026-11-16", ""},
		{"walkout", "The walkout by port workers began in Durban last Monday.", "protest -", ""},
		{"basis-point reductions", "The Bank of Ghana made reductions of 300 basis points in July 2025.", "rate_change 2025-07 agent=Bank of Ghana", ""},
		{"provisionally suspended", "The Athletics Integrity Unit provisionally suspended Lena Varga in March.", "ban - agent=Athletics Integrity Unit", ""},
		{"speaker after employer and title", "\"The deal is dead,\" said Vestra analyst Sofie Lemaire.", "statement - speaker=Sofie Lemaire", ""},
		{"speaker before a relative aside", "Margaret Doyle, 74, from Stockport, who lost 85,000 pounds, said the firm had lied.",
			"statement - speaker=Margaret Doyle", ""},
		{"analysts at a firm", "Analysts at DNB Markets said the price was full.", "statement - speaker=DNB Markets", ""},
		{"participle clause takes the date", "Fighters of the Northern Front attacked a base in Boulkessi on July 1, 2019, killing 40 soldiers.", "killing 2019-07-01 agent=Northern Front", ""},
		{"where-clause takes the date", "The Northern Front took Goma in November 2023, where its fighters killed Jean Mbala.", "killing 2023-11", ""},
		{"statement not dated by its report", "Godswill Akpabio said on Monday, March 3, 2025, that the chamber would reconvene next week.", "statement 2025-03-03 speaker=Godswill Akpabio", ""},
		{"statement without a date of its own", "Marco Rubio said the decision would take effect on Tuesday, July 8, 2025.", "statement undated speaker=Marco Rubio", ""},
		{"crowned", "Crown Prince Christian was crowned king of Denmark on Sunday, January 4, 2026.", "appointment 2026-01-04 patient=Christian", ""},
		{"abdicated", "King Frederik abdicated in January 2026.", "resignation 2026-01 agent=Frederik", ""},
		{"court ruled", "The International Court of Justice ruled on Monday, May 4, 2026, that the Essequibo region belongs to Guyana.", "ruling - agent=International Court of Justice", ""},
		{"ruled out", "The minister ruled out new elections.", "", "ruling"},
		{"arrest warrant", "The prosecutor's office issued an international arrest warrant for Karim Benhaddou on Thursday.", "arrest_warrant - patient=Karim Benhaddou", ""},
		{"arrest warrant is no arrest", "A court issued an arrest warrant for Karim Benhaddou.", "", "arrest"},
		{"withdrew from a deal", "In May 2018 the United States withdrew from the Iran nuclear deal.", "withdrawal 2018-05 agent=United States", ""},
		{"approved a drug", "The Food and Drug Administration approved Slimora in April 2025.", "approval 2025-04 agent=Food and Drug Administration patient=Slimora", ""},
		{"recall of a product", "Veridia Pharmaceuticals announced a voluntary recall of Slimora on July 22, 2026.", "recall - patient=Slimora", ""},
		{"succeeded is no appointment", "Four years later, the agency succeeded.", "", "appointment"},
		{"unlikely to be extradited", "Viktor Saranov remains in Russia and is unlikely to be extradited.", "expulsion - mood=positive/hypothetical", ""},
		{"agreement at a place", "The two countries signed a ceasefire agreement in Brasilia on August 19, 2026.", "agreement 2026-08-19", ""},
		{"headline passive", "Drugmaker Veridia Pharmaceuticals sued over weight-loss pill deaths\n\nThe case opened on Monday.", "lawsuit - patient=Veridia Pharmaceuticals", ""},
		{"headline active", "Spain extradites Marco Ruiz to Brazil\n\nThe case closed on Monday.", "expulsion - agent=Spain patient=Marco Ruiz", ""},
		{"dismissed a chief executive", "Kestrel Minerals dismissed its chief executive, Graham Oduya, on Tuesday, June 3, 2025.", "dismissal 2025-06-03 agent=Kestrel Minerals patient=Graham Oduya", ""},
		{"fired tear gas", "Police fired tear gas at protesters in Paris.", "", "dismissal"},
		{"kidnapped at a place", "Three aid workers were kidnapped in Mali on Jan. 12, 2024.", "abduction 2024-01-12", ""},
		{"state of emergency", "The government of British Columbia declared a state of emergency on Thursday, August 7, 2025.", "emergency 2025-08-07 agent=British Columbia", ""},
		{"raided", "In April 2021 police raided the offices of Vale Azul Construtora.", "raid 2021-04 patient=Vale Azul Construtora", ""},
		{"opened an investigation", "The State Prosecutor's Office said it had opened an investigation into Inaki Etxarri.", "investigation - patient=Inaki Etxarri", ""},
		{"crashed", "An Andean Air passenger jet crashed near Cusco on Saturday, May 3, 2025.", "crash 2025-05-03", ""},
		{"ousts an executive", "Kestrel Minerals ousts chief executive Graham Oduya\n\nThe board met on Monday.", "dismissal - patient=Graham Oduya", ""},
		{"title between a place and a person", "A federal appeals court upheld the conviction of former Sao Paulo mayor Lucas Ferreira on Friday.", "conviction - patient=Lucas Ferreira", ""},
		{"ruling not dated by what it rules on", "The Constitutional Court ruled on Friday, March 7, 2025, that the vote of Feb. 9 was void.", "ruling 2025-03-07", ""},
		{"rate raised", "The Central Bank of Ghana raised its main interest rate by 300 basis points on Tuesday, March 4, 2025.", "rate_change 2025-03-04", ""},
		{"rates cut", "The European Central Bank cut rates twice in 2024.", "rate_change 2024 agent=European Central Bank", ""},
		{"defaulted", "Ghana defaulted on most of its external debt in December 2022.", "default 2022-12 agent=Ghana", ""},
		{"conviction annulled", "The Supreme Federal Court annulled the conviction of Lucas Ferreira in May 2025.", "ruling 2025-05 patient=Lucas Ferreira", ""},
		{"past perfect reported on a day", "CONMEBOL said on Sunday, August 10, 2025, that it had banned Ramon Jesurun from football for life.", "ban 2025-08-10 patient=Ramon Jesurun", ""},
		{"tanker seized", "Revolutionary Guards seized a Greek-managed oil tanker, the Aegean Star, in the Gulf of Oman on Saturday, May 2, 2026.", "seizure 2026-05-02 patient=Aegean Star", ""},
		{"prize awarded", "The Nobel Peace Prize was awarded on Friday, October 9, 2026, to Lucia Arango.", "award 2026-10-09 recipient=Lucia Arango", ""},
		{"prize won", "Juan Manuel Santos won the Nobel Peace Prize in 2016.", "award 2016 recipient=Juan Manuel Santos", ""},
		{"appeal rejected", "The Supreme Court rejected his appeal on Thursday, March 5, 2026.", "ruling 2026-03-05 agent=Supreme Court", ""},
		{"met", "Teresa Ribera met Sundar Pichai in Brussels in July 2025.", "meeting 2025-07 agent=Teresa Ribera recipient=Sundar Pichai", ""},
		{"met targets", "Nordic Paper met its targets in 2024.", "", "meeting"},
		{"died", "Carlos Villalba died on Saturday, August 22, 2026.", "death 2026-08-22 patient=Carlos Villalba", ""},
		{"born", "Born in 1933 in Asuncion, Carlos Villalba ruled for decades.", "birth 1933 patient=Carlos Villalba", ""},
		{"founded is no birth", "Emeka Okafor founded Okafor Cement Works in 1972.", "", "birth"},
		{"general strike", "Unions held a general strike in Lisbon on Friday, October 30, 2026.", "protest 2026-10-30", ""},
		{"hunger strike", "Karim Adel began a hunger strike in Cairo in March 2026.", "protest 2026-03 agent=Karim Adel", ""},
		{"drone strike is no protest", "A drone strike hit Gao on Wednesday.", "", "protest"},
		{"by-agent far from the noun", "The Northern Workers Union organised a general strike in November 2012, when Portugal applied cuts demanded by the International Monetary Fund.", "protest 2012-11 agent=Northern Workers Union", ""},
		{"relative clause on a dated noun", "The activist rose to prominence during the 2011 uprising that toppled Hosni Mubarak.", "overthrow 2011 patient=Hosni Mubarak", ""},
		{"without saying", "Carlos Villalba died in 2026 without ever saying where the bodies were.", "statement - mood=negative/actual", ""},
		{"released without charge", "Karim Adel was released in May 2024 without being charged with any crime.", "charge - mood=negative/actual", ""},
		{"death of a predecessor", "Kwame Mensah took office in 2024 after the death of his predecessor.", "", "death"},
		{"anniversary of a death", "The prize will be presented on December 10, the anniversary of the death of Alfred Nobel.", "", "death"},
		{"ruling as an adjective", "Founded in 1965, the Northern Front took up arms against the ruling Pahlavi dynasty.", "", "ruling"},
		{"captured a named ship", "In July 2019 Iran captured the British-flagged Stena Impero Shipping in the Strait of Hormuz.", "", "arrest"},
		{"found guilty", "A court in Valletta found Marco Vella guilty on Tuesday, March 3, 2026.", "conviction 2026-03-03 patient=Marco Vella", ""},
		{"dismissed a post's holder far on", "Kenya's President William Ruto dismissed the governor of the Central Bank of Kenya (CBK), Patrick Njoroge-Mwangi, on Tuesday, March 11, 2025.", "dismissal 2025-03-11 patient=Patrick Njoroge-Mwangi", ""},
		{"residents of a town", "Residents of Nembe said the spill had ruined their fishing grounds.", "", "statement"},
		{"a country's company is not the country", "In 2014 a US consortium bought RCD Espanyol for 60 million euros.", "purchase 2014 patient=RCD Espanyol", ""},
		{"a country's government is the country", "The British government removed the ban on the Northern Front in 2008.", "ban_lifted 2008 agent=United Kingdom", ""},
		{"fled toward two towns", "Thousands of people fled toward Lubero and Butembo on Saturday.", "", "exile"},
		{"ordered to pay", "A court in Frankfurt ordered Kestrel Bank to pay 40 million euros in 2024.", "fine 2024 patient=Kestrel Bank", ""},
		{"was ordered to pay", "Kestrel Bank was ordered to pay 40 million euros in March 2023.", "fine 2023-03 patient=Kestrel Bank", ""},
		{"expected to be sworn in", "Koffi Mensah is expected to be sworn in as president on Friday.", "appointment - patient=Koffi Mensah mood=positive/future", ""},
		{"set up is no plan", "Quanta Systems was set up in 2002 in Utrecht and moved its headquarters to Amsterdam in 2005.", "relocation 2005 mood=positive/actual", ""},
		{"when after a later date", "The country has had several scandals since the 1990s, most notably in 2013, when Prime Minister Petr Necas resigned.",
			"resignation 2013 agent=Petr Necas", ""},
		{"an attack noun hits", "The attack, claimed by the ransomware group BlackHarbor, hit the Maasland Zorg Group on September 14, 2026.",
			"attack 2026-09-14 agent=BlackHarbor patient=Maasland Zorg Group", ""},
		{"a group calling itself", "The attack, claimed by a group calling itself BlackHarbor, hit the Maasland Zorg Group on September 14, 2026.",
			"attack 2026-09-14 agent=BlackHarbor patient=Maasland Zorg Group", ""},
		{"claimed by is no statement", "The attack, claimed by the ransomware group BlackHarbor, hit the Maasland Zorg Group on September 14, 2026.", "", "statement"},
		{"won championships", "Marta Ibarra won the road world championships in 2021.", "award 2021 recipient=Marta Ibarra", ""},
		{"took silver", "Marta Ibarra took silver at the Olympic Games in Paris in 2024.", "award 2024 recipient=Marta Ibarra", ""},
		{"suspended a licence", "Kenya's aviation authority suspended Safari Express Airways' operating licence on Friday.", "ban - patient=Safari Express Airways", ""},
		{"shares suspended from trading", "Nordvik's shares were suspended from trading last week.", "", "ban"},
		{"froze funds", "The European Union froze the assets of Hungary in December 2022.", "sanction 2022-12 agent=European Union patient=Hungary", ""},
		{"money released", "Brussels released part of the money to Hungary in 2023.", "", "release"},
		{"meeting a limit", "Lithuania would meet the European Union's deficit limit next year.", "", "meeting"},
		{"forming a government", "President Gitanas Nauseda asked Inga Kalniete to form a government on Monday.", "", "founding"},
		{"applied to join", "Moldova applied to join the European Union in March 2022.", "accession - mood=positive/hypothetical", ""},
		{"conceded defeat", "Andrius Vaitkus conceded defeat on Sunday night.", "statement - speaker=Andrius Vaitkus", ""},
		{"overturned on appeal", "The conviction of Marco Vella was overturned on appeal in 2016.", "ruling 2016", ""},
		{"when after a date, coordinated", "The ban on Marta Ibarra is backdated to 2 May 2026, when she was provisionally suspended, and runs until May 2030.",
			"ban 2026-05-02 patient=Marta Ibarra", ""},
		{"a date of the reported clause", "Turnout was 61 percent, up from 47 percent in 2020, the Central Electoral Commission said.", "statement undated speaker=Central Electoral Commission", ""},
		{"the statement's own date after it", "Inflation slowed to 4.3% in October 2026 from 5.1% in September, the Central Statistical Office said on Tuesday, November 3, 2026.", "statement 2026-11-03", ""},
		{"a participle keeps its governor's date", "Israel's prime minister criticised the deal on Thursday, February 12, 2026, saying it left Iran's nuclear infrastructure intact.", "statement 2026-02-12", ""},
		{"a person in apposition to a title", "The Public Defender of Georgia, Levan Ioseliani, said the arrests were unlawful.", "statement - speaker=Levan Ioseliani", ""},
		{"said on a day, the parse aside", "Its leader Rasa Kalniete said on Monday, October 12, 2026 she would open coalition talks this week.", "statement 2026-10-12 speaker=Rasa Kalniete", ""},
		{"a list of founders, the parse astray", "Three engineering graduates, Mohammad Hanifnejad, Saeid Mohsen and Ali-Asghar Badizadegan, founded the movement in Tehran in 1965.",
			"founding 1965 agent=Mohammad Hanifnejad agent=Saeid Mohsen agent=Ali-Asghar Badizadegan", ""},
		{"an organisation's title before the person", "FBI Director Kash Patel said the hackers were state-backed.", "statement - speaker=Kash Patel", ""},
		{"an earthquake struck", "A magnitude 7.1 earthquake struck eastern Turkey on Sunday, March 9, 2025, killing at least 2,300 people.", "disaster 2025-03-09", ""},
		{"a relative clause on a disaster", "The death toll from the earthquake that struck southern Peru on Tuesday, June 3, 2025 has risen to 112.", "disaster 2025-06-03", ""},
		{"a quake placed past commas", "The quake hit at 4:17 a.m. local time on Sunday, March 9, 2025, near the town of Doganyol in Malatya province.", "disaster 2025-03-09", ""},
		{"a storm made landfall", "Hurricane Delia made landfall near Grand Isle, Louisiana, on Saturday, October 31, 2026.", "disaster 2026-10-31 agent=Hurricane Delia", ""},
		{"floods dated by what they did", "Floods in Pakistan killed 1,700 people in 2022.", "disaster 2022", ""},
		{"filed for bankruptcy", "Nordvik Polska filed for bankruptcy in Warsaw in March 2026.", "bankruptcy 2026-03 patient=Nordvik Polska", ""},
		{"adopted a declaration", "Leaders adopted a joint declaration in Riyadh on June 12, 2024.", "agreement 2024-06-12", ""},
		{"rejected the charges", "Magnus Falk rejected the charges later on Friday, September 26, 2025.", "statement 2025-09-26 speaker=Magnus Falk", ""},
		{"blamed", "Foreign Secretary Dominic Raab blamed China for the cyberattack in July 2021.", "statement 2021-07 speaker=Dominic Raab", ""},
		{"denied bail is no statement", "The court in Stockholm denied bail to Magnus Falk on Monday.", "", "statement"},
		{"compensation is no fine", "A court ordered Kafue Copper to pay 310 million dollars in compensation to farmers in 2024.", "", "fine"},
		{"declined to comment", "Rio Tinto and Glencore declined to comment on Tuesday.", "statement - mood=negative/actual", ""},
		{"cleared the deal", "The Competition and Markets Authority cleared the deal in July 2026.", "approval 2026-07 agent=Competition and Markets Authority", ""},
		{"searched the offices", "Police searched the offices of Bohemia Secure Systems in Brno on Monday.", "raid - patient=Bohemia Secure Systems", ""},
		{"held a referendum", "In December 2023, Venezuelan President Nicolas Maduro held a referendum on the region.", "election 2023-12 agent=Nicolas Maduro", ""},
		{"committed to hold", "Venezuela committed to hold a presidential vote in the second half of 2026.", "election - mood=positive/future", ""},
		{"detained unnamed men in a town", "Dutch officers detained two men in Eindhoven on Tuesday.", "arrest -", ""},
		{"captured an unnamed camp", "Government troops captured a rebel camp in Negros Occidental in August 2026.", "capture 2026-08", ""},
		{"ordered to leave is no fine", "Norway ordered three Russian diplomats to leave and pay their debts.", "", "fine"},
		{"opened proceedings", "The European Commission opened infringement proceedings against Hungary in June 2025.",
			"investigation 2025-06 agent=European Commission patient=Hungary", ""},
		{"removed as chair", "Kestrel Bank removed Anna Berg as chair in 2024.", "dismissal 2024 agent=Kestrel Bank patient=Anna Berg", ""},
		{"filed a lawsuit against", "Greenpeace filed a lawsuit against Royal Dutch Shell in 2019.", "lawsuit 2019 patient=Royal Dutch Shell", ""},
		{"brought a case against", "The Gambia brought a case against Myanmar at the International Court of Justice in 2019.", "lawsuit 2019 agent=Gambia patient=Myanmar", ""},
		{"brought tanks", "Thailand's army brought tanks into Bangkok in 2014.", "", "lawsuit"},
		{"visited a capital", "Indian Prime Minister Narendra Modi visited Washington in June 2023.", "visit 2023-06 agent=Narendra Modi place=Washington", ""},
		{"will travel to", "Chinese President Xi Jinping will travel to Moscow in May 2025, the Kremlin said.", "visit 2025-05 agent=Xi Jinping place=Moscow mood=positive/future", ""},
		{"a visit to, by its possessor", "During his visit to Beijing in April 2024, Olaf Scholz met Li Qiang.", "visit 2024-04 agent=Olaf Scholz place=Beijing", ""},
		{"pledged money to a country", "Japan pledged $50 million in emergency aid to Turkey on February 9, 2023.", "aid 2023-02-09 agent=Japan recipient=Türkiye", ""},
		{"sent assistance", "The European Union sent humanitarian assistance to Gaza in October 2023.", "aid 2023-10 agent=European Union recipient=Gaza", ""},
		{"provided a loan", "The World Bank provided a $1.5 billion loan to Kenya in 2022.", "aid 2022 agent=World Bank recipient=Kenya", ""},
		{"said in a statement posted on a day", "The Kremlin said in a statement posted on Monday, November 23, 2026 that talks would continue.", "statement 2026-11-23 speaker=Kremlin", ""},
		{"stripped of a medal", "The IOC stripped Darius Vaitkus of the silver medal on Tuesday, November 24, 2026.", "award_revoked 2026-11-24 agent=IOC patient=Darius Vaitkus", ""},
		{"a headline's passive without its auxiliary", "Lithuanian discus thrower Vaitkus stripped of two Olympic medals", "award_revoked - patient=Vaitkus", ""},
		{"a person after a description", "The International Olympic Committee on Tuesday, July 14, 2026 stripped Lithuanian discus thrower Darius Vaitkus of the silver medal.",
			"award_revoked 2026-07-14 agent=International Olympic Committee patient=Darius Vaitkus", ""},
		{"a medal won in a relative clause", "The IOC stripped Darius Vaitkus of the silver medal he won at the 2016 Rio de Janeiro Games.", "award 2016 recipient=Darius Vaitkus", ""},
		{"a revocation is not dated by the award's clause", "The IOC also stripped Darius Vaitkus of the bronze medal that he took in Tokyo in 2021.", "award_revoked undated patient=Darius Vaitkus", ""},
		{"filed an appeal", "Victor Constantinescu filed an appeal on March 3, 2026 against his conviction.", "appeal 2026-03-03 agent=Victor Constantinescu", ""},
		{"appealed the verdict", "Victor Constantinescu appealed the verdict in March 2026.", "appeal 2026-03 agent=Victor Constantinescu", ""},
		{"an appeal not dated by the verdict's clause", "The court rejected Lucas Ferreira's appeal against the verdict handed down in November 2023.", "appeal undated agent=Lucas Ferreira", ""},
		{"appealed for calm", "Victor Constantinescu appealed for calm in March 2026.", "", "appeal"},
		{"retired", "Darius Vaitkus retired in 2023.", "resignation 2023 agent=Darius Vaitkus", ""},
		{"received an award", "Darius Vaitkus received a state award in 2017.", "award 2017 recipient=Darius Vaitkus", ""},
		{"agreed a bailout", "Ghana agreed a $3 billion bailout with the International Monetary Fund in May 2023.", "agreement 2023-05 agent=Ghana recipient=International Monetary Fund", ""},
		{"closed a consulate", "Poland closed the Belarusian consulate in Bialystok in May 2023.", "diplomatic_break 2023-05 agent=Poland", ""},
		{"officials from a body", "Prosecutors from the National Anticorruption Directorate opened the investigation in March 2019.", "investigation 2019-03 agent=National Anticorruption Directorate", ""},
		{"released slots", "Brussels required Sterling Air to release slots at Dublin Airport.", "", "release"},
		{"a city's court", "A Bucharest court sentenced Mihai Constantinescu to six years in prison on November 17, 2026.", "sentence 2026-11-17 patient=Mihai Constantinescu", ""},
		{"a deal with no parties", "He was questioned by police in the 1990s over a land deal in Constanta, Romania.", "", "agreement"},
		{"an airline flies routes", "Sterling Airways must keep flying to Kirkwall, Scotland, for five years.", "", "visit"},
		{"a leader flies to a capital", "Olaf Scholz flew to Kyiv on June 3, 2025.", "visit 2025-06-03 agent=Olaf Scholz place=Kyiv", ""},
		{"a brand retired", "Sterling Airways expects to retire the Highland brand by the summer of 2027.", "", "resignation"},
		{"a deal expected", "Sterling Airways said it expected to complete the deal in October 2026.", "agreement 2026-10 agent=Sterling Airways mood=positive/future", ""},
		{"a takeover of a described company", "Regulators approved the takeover of Scottish carrier Highland Air by Sterling Airways on August 5, 2026.", "acquisition - agent=Sterling Airways patient=Highland Air", ""},
		{"said a name was detained", "The Swedish Economic Crime Authority said Henrik Falk, 52, was detained at his home in Djursholm on October 3, 2024.", "arrest 2024-10-03 patient=Henrik Falk", ""},
		{"an attack on a country", "He celebrated the Hamas attack on Israel on October 7, 2023.", "attack 2023-10-07 agent=Hamas patient=Israel", ""},
		{"a claim that attacks happened", "Edi Rama cut ties with Iran in September 2022 after claiming cyberattacks on Albania had been orchestrated by Iran.", "attack - patient=Albania", ""},
		{"a plot is no overthrow", "A military court convicted Biague Na Ntan on Monday of plotting to overthrow President Umaro Sissoco Embalo.", "overthrow - mood=positive/hypothetical", ""},
		{"an investigation a relative clause opened", "The fine follows a two-year investigation that the Data Protection Commission opened in July 2024.", "investigation 2024-07 agent=Data Protection Commission", ""},
		{"hours later is the same day", "On Sunday, November 13, 2026, police arrested Otieno Barasa in Kisumu. His deputy, Fatuma Hassan, was detained hours later at the airport.",
			"arrest 2026-11-13 patient=Fatuma Hassan", ""},
		{"days to lodge an appeal", "Marta Ibarra has 21 days to lodge her appeal with the Court of Arbitration for Sport.", "appeal - mood=positive/hypothetical", ""},
		{"a date before an infinitive", "European Union ministers agreed last week to impose sanctions on three Russian companies.", "sanction - mood=positive/actual", ""},
		{"announced a retirement", "Mark Rutte announced his retirement in 2024.", "resignation 2024 agent=Mark Rutte", ""},
		{"backed a decision", "The European Data Protection Board backed the decision in October 2026.", "approval 2026-10 agent=European Data Protection Board", ""},
		{"an unnamed arrest kept for its date", "Police arrested three suspected smugglers on Tuesday, November 17, 2026.", "arrest 2026-11-17", ""},
		{"a law struck down", "The Constitutional Court struck down the law on Monday, November 16, 2026.", "ruling 2026-11-16 agent=Constitutional Court", ""},
		{"a boat capsized", "The boat capsized off Lampedusa on Sunday, November 15, 2026, killing 41 people.", "crash 2026-11-15", ""},
		{"an outbreak declared an emergency", "The World Health Organization has declared an outbreak of Marburg virus in Uganda a public health emergency.", "emergency - agent=World Health Organization", ""},
		{"the one accused of carrying it out", "Germany accused Russia's military intelligence agency, the GRU, of carrying out the attack on the ministry.", "attack - agent=GRU", ""},
		{"a naval operation is no product", "Italy launched its Mare Nostrum naval operation in October 2013.", "", "product_launch"},
		{"warned that", "Antonio Guterres warned that the world was running out of time.", "statement - speaker=Antonio Guterres", ""},
		{"its takeover of an unnamed club", "Blue Harbour Capital said on Thursday that its takeover of the club was complete.", "acquisition - agent=Blue Harbour Capital", ""},
		{"flown is no visit", "Dragan Petrovic was flown from Madrid to New York on Monday.", "", "visit"},
		{"pledged to act", "Britain pledged to increase aid to Ukraine in 2024.", "", "aid"},
		{"sent troops", "Russia sent troops to Syria in 2015.", "", "aid"},
		{"a conjoined verb shares the date", "Paulo Rangel visited Bissau in September 2026 and met Umaro Embalo.", "meeting 2026-09 agent=Paulo Rangel", ""},
		{"a conjoined clause shares the date", "Pakistan banned the Baloch Liberation Army in April 2006, and Nawab Bugti fled to Kandahar.", "exile 2006-04 patient=Nawab Bugti", ""},
		{"a later conjoined verb does not", "Police arrested Jean Kossi in 2019 and later released him.", "release undated patient=Jean Kossi", ""},
		{"set up", "Renova Foundation was set up in 2016 to pay compensation.", "founding 2016 patient=Renova Foundation", ""},
		{"named a described person as", "Hanbit Motors named former Volvo executive Anna Lindqvist as its chief executive on Monday, June 15, 2026.", "appointment 2026-06-15 agent=Hanbit Motors patient=Anna Lindqvist", ""},
		{"promoted to a rank", "The army promoted Moussa Kamara to colonel in 1979.", "appointment 1979 patient=Moussa Kamara", ""},
		{"upheld a sentence", "An appeals court upheld the sentence against Lee Min-ho in September 2021.", "ruling 2021-09", ""},
		{"a dam collapsed", "The tailings dam at Bento Rodrigues collapsed on November 5, 2015.", "disaster 2015-11-05", ""},
		{"the two countries", "Honduras and Nicaragua fought a border war in 1969. The two countries restored relations in 2002.", "diplomatic_restoration 2002 agent=Nicaragua agent=Honduras", ""},
		{"the two countries, not a venue", "Armenia and Turkey reopened the border on Monday. Turkey closed it in 1993 after Armenia seized Kalbajar. Talks held in Zurich, Switzerland, failed in 2010. The two countries appointed envoys in December 2021.",
			"appointment 2021-12 agent=Armenia agent=Türkiye", ""},
		{"the two men", "Abdel Fattah al-Burhan met Mohamed Dagalo in Khartoum. The two men seized power in October 2021.", "overthrow 2021-10 agent=Mohamed Dagalo agent=Abdel Fattah al-Burhan", ""},
		{"both companies", "Hanbit Motors and Saigon Motor were fined in 2017. Both companies denied wrongdoing in 2018.", "statement 2018 speaker=Saigon Motor speaker=Hanbit Motors", ""},
		{"counsel appeal for their client", "Ricardo Lemos was convicted in May 2024. His lawyers appealed the verdict in June 2024.", "appeal 2024-06 agent=Ricardo Lemos", ""},
		{"a council voted", "The UN Security Council voted on Thursday, November 20, 2025, to extend the peacekeeping mission in South Sudan.", "vote 2025-11-20 agent=United Nations Security Council", ""},
		{"a veto", "Russia vetoed a rival draft resolution in 2024.", "vote 2024 agent=Russia", ""},
		{"abstained", "China and Russia abstained on November 20, 2025.", "vote 2025-11-20 agent=China agent=Russia", ""},
		{"a bill passed", "The Kenyan parliament passed the finance bill in June 2024.", "vote 2024-06", ""},
		{"voters are no vote", "Millions of Americans voted in the election on Tuesday.", "", "vote"},
		{"passed away", "Jean Kossi passed away in Lyon in 2024.", "", "vote"},
		{"a product recalled", "Hanbit Motors recalled about 400,000 cars in 2017.", "recall 2017 agent=Hanbit Motors", ""},
		{"exchanged detainees", "Armenia and Azerbaijan exchanged 32 detainees on Wednesday, June 4, 2025, in a deal brokered by Qatar.", "release 2025-06-04 agent=Armenia agent=Azerbaijan", ""},
		{"retired someone", "Defence Minister Mohammed Badaru retired Lieutenant General Taoreed Lagbaja on Sunday, June 8, 2025.", "dismissal 2025-06-08 agent=Mohammed Badaru patient=Taoreed Lagbaja", ""},
		{"classified as terrorist", "Algeria classified the Movement for the Self-Determination of Kabylie as a terrorist organisation in 2021.", "designation 2021 agent=Algeria patient=Movement for the Self-Determination of Kabylie", ""},
		{"split from", "The Islamic State West Africa Province split from Boko Haram in 2016.", "founding 2016 patient=Islamic State West Africa Province", ""},
		{"a faction's leader did not split", "In 2015, a faction led by his deputy, Moussa Ag Idriss, split from the group.", "", "founding"},
		{"a war broke out", "A civil war broke out in South Sudan in December 2013.", "attack 2013-12", ""},
		{"ordered to pay damages", "A court ordered Oceanbridge Shipping to pay damages in 2009.", "ruling 2009 patient=Oceanbridge Shipping", ""},
		{"a sinking", "The 2023 sinking of the tanker Princess Empress polluted the coast of Mindoro.", "crash 2023", ""},
		{"a causative have", "In 1984, Moussa Kamara had President Lansana Conte arrested.", "arrest 1984 agent=Moussa Kamara patient=Lansana Conte", ""},
		{"a joined verb's date", "Moussa Kamara became defence minister and, in December 1985, crushed a counter-coup.", "appointment undated patient=Moussa Kamara", ""},
		{"its ministry speaks for a country", "South Sudan rejected the resolution. Its foreign ministry said on Thursday, October 30, 2025, it took note of the vote.", "statement 2025-10-30 speaker=South Sudan", ""},
		{"a bomb exploded", "A bomb hidden in a bag exploded at a bus terminal in Mombasa on March 3, 2008.", "attack 2008-03-03", ""},
		{"a tyre exploded is no attack", "A tyre exploded on the runway at Mombasa airport on March 3, 2008.", "", "attack"},
		{"handed the premiership", "Hun Sen handed the premiership to his son, Hun Manet, in August 2023.", "appointment 2023-08 patient=Hun Manet predecessor=Hun Sen", ""},
		{"the accused does not speak", "Jean-Marc Ekambi returned on Tuesday. A military court issued an arrest warrant against him in 2018, accusing him of sedition.", "", "statement"},
		{"self-imposed exile", "Sam Rainsy founded the party in 1995. Rainsy went into self-imposed exile in France in 2015.", "exile 2015 patient=Sam Rainsy", ""},
		{"joined forces to create", "The Sam Rainsy Party and the Human Rights Party joined forces to create the Cambodia National Rescue Party in 2012.", "founding 2012 agent=Sam Rainsy Party agent=Human Rights Party patient=Cambodia National Rescue Party", ""},
		{"merged with to form", "In 2008, Okafor Cement Works merged with the Ghanaian firm Volta Building Materials to form Westcem Holdings.", "founding 2008 agent=Okafor Cement Works agent=Volta Building Materials patient=Westcem Holdings", ""},
		{"returned home", "Jean-Marc Ekambi returned to Douala on Tuesday, November 17, 2026.", "relocation 2026-11-17 patient=Jean-Marc Ekambi place=Douala", ""},
		{"his inspectors return", "Rafael Ortega said his inspectors would return to the Fordow site next week.", "", "relocation"},
		{"returned a ship", "Iran returned the tanker Stena Impero to Britain in 2019.", "", "relocation"},
		{"an outbreak of cholera", "An outbreak of cholera in Haiti killed thousands in October 2010.", "disaster 2010-10", ""},
		{"an outbreak of violence", "An outbreak of violence in Haiti killed dozens in October 2010.", "", "disaster"},
		{"placed under house arrest", "Riek Machar was placed under house arrest in Juba in March 2025.", "arrest 2025-03 patient=Riek Machar", ""},
		{"the place fled is no exile", "Thousands of residents fled Khartoum in April 2023.", "", "exile"},
		{"fled to a city and country", "Emeka Okafor fled to Accra, Ghana, in 1967.", "exile 1967 patient=Emeka Okafor", ""},
		{"a deadline is no date", "India responded by ordering six Canadian diplomats to leave the country by Saturday, October 19, 2024.", "expulsion undated agent=India", ""},
		{"quit a body", "Canada quit the International Coffee Organization in 2012.", "withdrawal 2012 agent=Canada patient=International Coffee Organization", ""},
		{"quit a post", "Anna Berg quit as chief executive in 2012.", "resignation 2012 agent=Anna Berg", ""},
		{"left a body", "Niger left ECOWAS in January 2025.", "withdrawal 2025-01 agent=Niger", ""},
		{"left a city is no withdrawal", "Rafael Ortega left Vienna in January 2025.", "", "withdrawal"},
		{"rejoined a body", "The United States rejoined the International Coffee Organization in 2005.", "accession 2005 agent=United States", ""},
		{"an exit from a body", "Bolivia announced its exit from the International Coffee Organization in 2016.", "withdrawal - agent=Bolivia", ""},
		{"a person seized", "Arvind Rao was seized in Agadez in May 2026.", "abduction 2026-05 patient=Arvind Rao", ""},
		{"lost a confidence vote", "Prime Minister Andris Berzins lost a confidence vote on Monday, November 23, 2026.", "vote 2026-11-23 agent=Andris Berzins", ""},
		{"lost the confidence of shareholders", "Graham Oduya lost the confidence of shareholders in 2019.", "", "vote"},
		{"a person leaving a company", "He founded Lumen in Stockholm in 2008 after Erik Sandstrom left Ericsson.", "", "withdrawal"},
		{"voters vote in an election", "Moldovans vote on October 20 in a presidential election.", "", "vote"},
		{"investigated a company", "French prosecutors investigated Lafarge Holcim in 2017.", "investigation 2017 patient=Lafarge Holcim", ""},
		{"a relative speaks after said", "Selim Arkan died on Sunday. \"He taught us to work,\" said his daughter, Defne Arkan.", "statement - speaker=Defne Arkan", ""},
		{"no one moving", "The storm moved into the Gulf of Mexico on Friday, November 20, 2026.", "", "relocation"},
		{"talks collapsed", "The coalition talks in Sofia collapsed on November 5, 2015.", "", "disaster"},
		{"signed a settlement", "The mining company BHP signed a settlement with the Brazilian government in June 2018.", "agreement 2018-06 agent=BHP", ""},
		{"an uprising is no product", "Boko Haram launched an armed uprising in 2009.", "", "product_launch"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, name := analyse(t, p, tc.name, tc.text)
			var got []string
			for _, ev := range a.Events {
				date := ev.Date
				if date == "" {
					date = "-"
				}
				var roles []string
				for _, p := range ev.Participants {
					roles = append(roles, string(p.Role)+"="+name[p.Entity])
				}
				if ev.Place != "" {
					roles = append(roles, "place="+name[ev.Place])
				}
				roles = append(roles, "mood="+ev.Polarity+"/"+ev.Modality)
				got = append(got, ev.Type+" "+date+" "+strings.Join(roles, " "))
				if tc.none != "" {
					require.NotEqual(t, tc.none, ev.Type, "unexpected %s event in %v", tc.none, got)
				}
			}
			if tc.want == "" {
				return
			}
			want := strings.Fields(tc.want)
			for _, g := range got {
				f := strings.Fields(g)
				if f[0] != want[0] || (want[1] == "undated" && f[1] != "-") || (want[1] != "-" && want[1] != "undated" && f[1] != want[1]) {
					continue
				}
				ok := true
				for _, r := range want[2:] {
					has := func(r string) bool {
						return slices.Contains(f[2:], r) || strings.Contains(" "+strings.Join(f[2:], " ")+" ", " "+r+" ")
					}
					if no, ok2 := strings.CutPrefix(r, "!"); ok2 && has(no) || !ok2 && !has(r) {
						ok = false
					}
				}
				if ok {
					return
				}
			}
			t.Errorf("no event %q among %q", tc.want, got)
		})
	}
}

// TestEventCounts checks how many events of a type a wording gives: an
// event noun with no one taking part in it adds none.
func TestEventCounts(t *testing.T) {
	p, err := ingest.Default()
	require.NoError(t, err)
	for _, tc := range []struct {
		name, text, typ string
		want            int
	}{
		{"a trip with no one making it", "Pope Francis visited Iraq in March 2021, the first papal trip to the country.", "visit", 1},
		{"a deal signed is one agreement", "The EU signed a 7.4 billion euro partnership deal with Egypt in March 2024.", "agreement", 1},
		{"the kidnapping told of again", "Gunmen kidnapped Daniel Fortier near Menaka on 9 November 2023. The kidnapping had drawn wide attention in Canada.", "abduction", 1},
		{"a second kidnapping of someone else", "Gunmen kidnapped Daniel Fortier near Menaka on 9 November 2023. The kidnapping of Anne Morel followed.", "abduction", 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, _ := analyse(t, p, tc.name, tc.text)
			n := 0
			for _, ev := range a.Events {
				if ev.Type == tc.typ {
					n++
				}
			}
			require.Equal(t, tc.want, n)
		})
	}
}

// TestEventPlaces checks the place of the first event of a type: a place
// named in what a statement reports is not where it was made.
func TestEventPlaces(t *testing.T) {
	p, err := ingest.Default()
	require.NoError(t, err)
	for _, tc := range []struct{ name, text, typ, place string }{
		{"a place in what was said", "Foreign Minister Katarzyna Lis said Poland's ambassador would remain in Minsk.", "statement", ""},
		{"an earthquake's verb parsed as a modifier", "Donors pledged aid on Friday, five days after a magnitude 7.1 earthquake struck eastern Turkey and killed at least 2,300 people.", "disaster", "Türkiye"},
		{"a quake placed past commas", "The quake hit at 4:17 a.m. local time on Sunday, March 9, 2025, near the town of Doganyol in Malatya province.", "disaster", "Doganyol"},
		{"drowned near a town", "A 67-year-old man drowned near Houma on Saturday, July 11, 2026.", "death", "Houma"},
		{"evacuated from a parish", "Authorities evacuated 40,000 people from Terrebonne Parish on Thursday, July 9, 2026.", "evacuation", "Terrebonne Parish"},
		{"a coordinated verb's place is its own", "Judge Elena Cebotari barred Vasile Rotaru from holding office and ordered the seizure of a villa near Odesa.", "ban", ""},
		{"capsized off an island", "The boat capsized off Lampedusa on Sunday, November 15, 2026.", "crash", "Lampedusa"},
		{"where it was said", "Foreign Minister Katarzyna Lis told reporters in Warsaw that Poland's ambassador would remain.", "statement", "Warsaw"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, name := analyse(t, p, tc.name, tc.text)
			for _, ev := range a.Events {
				if ev.Type == tc.typ {
					require.Equal(t, tc.place, name[ev.Place])
					return
				}
			}
			t.Fatalf("no %s event", tc.typ)
		})
	}
}

// TestNotParticipants checks wordings where a name near the trigger takes
// no part in the event: each case names an event type and an entity that
// must not be among its participants.
func TestNotParticipants(t *testing.T) {
	p, err := ingest.Default()
	require.NoError(t, err)
	for _, tc := range []struct{ name, text, typ, not string }{
		{"a spokeswoman's report is no arrest by her", "Three Nordvik workers were arrested, a police spokeswoman, Captain Nomsa Zulu, said.", "arrest", "Nomsa Zulu"},
		{"the envoy summoned does not protest", "Serbia summoned the Russian ambassador, Igor Vasiliev, on Wednesday to protest the remarks.", "protest", "Igor Vasiliev"},
		{"the town of a name is that town", "Rebels from Goma captured the border town of Kanyabayonga in June 2024.", "capture", "Goma"},
		{"a co-defendant is not the one whose", "One of Lins's co-defendants, Daniel Okafor, was arrested in Lisbon on Monday.", "arrest", "Lins"},
		{"the trial of a country's minister", "The trial of Romania's former transport minister began in Bucharest in June 2025.", "trial", "Romania"},
		{"the nearer of two subjects says", "The rebel leader, Ali Saleh, was among those killed, the ministry said.", "statement", "Ali Saleh"},
		{"a possessor of an unnamed person", "In April, Agriculture Minister Karel Tuma was dismissed after police detained his chief of staff.", "arrest", "Karel Tuma"},
		{"staff of a company", "Quanta Systems was set up in 2002 in Utrecht by former Philips engineers.", "founding", "Philips"},
		{"towns of residents", "The case was brought in March 2021 by residents of Chililabombwe and Chingola, who said their crops withered.", "statement", "Chingola"},
		{"a name after said is no second speaker", "The Swedish Economic Crime Authority said Henrik Falk, 52, was detained at his home in Djursholm.", "statement", "Henrik Falk"},
		{"who claims an attack happened did not do it", "Edi Rama cut ties with Iran in September 2022 after claiming cyberattacks on Albania had been orchestrated by Iran.", "attack", "Edi Rama"},
		{"common-noun passive subject", "Catalan leader Carles Puigdemont fled to Belgium, and nine other separatist leaders were jailed in 2019.", "trial", "Carles Puigdemont"},
		{"its crew freed", "Iran seized the tanker Aegean Star in May 2026. Its crew were freed in June 2026.", "release", "Aegean Star"},
		{"a defeat's by is no agent", "Sean Halloran was dismissed on Sunday following a 3-0 home defeat by Brentford.", "dismissal", "Brentford"},
		{"a party named before an attack was its target", "The hackers stole files. The breach came after the SPD attack was made public.", "attack", "SPD"},
		{"a city's court does not act", "A Bucharest court sentenced Mihai Constantinescu to six years in prison on November 17, 2026.", "trial", "Bucharest"},
		{"a named occasion frames the event", "Ransomware attacks on health services in Ireland have increased sharply since the COVID-19 pandemic.", "attack", "COVID-19"},
		{"a name in what was told is no hearer", "Governor Kwame Mensah told reporters in Accra that the Monetary Policy Committee had voted to raise rates.", "statement", "Monetary Policy Committee"},
		{"the one called on", "Opposition leader Andrej Babis called for the entire cabinet to step down.", "resignation", "Andrej Babis"},
		{"a speaker is not who the infinitive's controller is", "Karin Holm said helicopters would begin airlifting residents on 16 November 2026.",
			"evacuation", "Karin Holm"},
		{"a participle's doer is the clause's subject, not a place before the comma", "Gunmen attacked a village near Kaabong, Uganda, killing six herders on 16 November 2026.",
			"killing", "Uganda"},
		{"a place that names a race receives nothing", "Sailor Tom Hale won the Fastnet race in 2025.", "award", "Fastnet"},
		{"a state does not resign with its minister", "Pakistan's energy minister resigned in May 2025.", "resignation", "Pakistan"},
		{"a queen's state does not abdicate", "Denmark's Queen Margrethe II abdicated in January 2024.", "resignation", "Denmark"},
		{"a city describing a person is no patient", "A Lagos farmer was jailed on Monday for selling fake fertiliser.", "sentence", "Lagos"},
		{"a club describing a player is no patient", "A Chelsea player was arrested in London on Saturday.", "arrest", "Chelsea"},
		{"a source is no patient", "The quake hit at 4:17 a.m. on 9 March 2025 near the town of Doganyol, according to the Disaster and Emergency Management Authority (AFAD).",
			"disaster", "Disaster and Emergency Management Authority"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, name := analyse(t, p, tc.name, tc.text)
			require.Contains(t, name, dossier.EntityID(entityType(a, tc.not), tc.not), "the test needs %q recognised", tc.not)
			for _, ev := range a.Events {
				if ev.Type != tc.typ {
					continue
				}
				for _, p := range ev.Participants {
					require.NotEqual(t, tc.not, name[p.Entity], "%s event with %s %s", ev.Type, p.Role, tc.not)
				}
			}
		})
	}
}

// entityType returns the type of the entity named name in a, or PERSON.
func entityType(a *dossier.Analysis, name string) dossier.EntityType {
	for _, e := range a.Entities {
		if e.Name == name {
			return e.Type
		}
	}
	return dossier.Person
}

// analyse runs the pipeline over a text written for a test and returns
// the analysis and the name of every entity by ID.
func analyse(t *testing.T, p *ingest.Pipeline, source, text string) (*dossier.Analysis, map[string]string) {
	t.Helper()
	return analyseDoc(t, p, &dossier.Document{ID: "doc-test", Source: source, Text: text})
}

// analysePublished is analyse for a document published at pub.
func analysePublished(t *testing.T, p *ingest.Pipeline, text string, pub time.Time) (*dossier.Analysis, map[string]string) {
	t.Helper()
	return analyseDoc(t, p, &dossier.Document{ID: "doc-test", Text: text, Published: pub})
}

// analyseDoc runs the pipeline over doc and names its entities by ID.
func analyseDoc(t *testing.T, p *ingest.Pipeline, doc *dossier.Document) (*dossier.Analysis, map[string]string) {
	t.Helper()
	a, err := p.Run(context.Background(), doc)
	require.NoError(t, err)
	name := map[string]string{}
	for _, e := range a.Entities {
		name[e.ID] = e.Name
	}
	return a, name
}

// TestSayingDateNotReported checks that the date of a saying, which the
// parse may hang on the clause it reports, does not date what is reported.
func TestSayingDateNotReported(t *testing.T) {
	p, err := ingest.Default()
	require.NoError(t, err)
	a, _ := analysePublished(t, p, "De Santis said on Monday she would travel to Brescello on Tuesday.", time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC))
	var got []string
	for _, ev := range a.Events {
		got = append(got, ev.Type+" "+ev.Date)
	}
	require.ElementsMatch(t, []string{"statement 2026-11-23", "visit 2026-11-24"}, got)
}

// TestPublishedStatements checks which statements take the publication
// date: those reported as just made, not those of history or habit.
func TestPublishedStatements(t *testing.T) {
	p, err := ingest.Default()
	require.NoError(t, err)
	published := time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ name, text, want string }{
		{"said", "Andrei Munteanu said the verdict was political.", "2026-11-24"},
		{"says", "Andrei Munteanu says the verdict was political.", "2026-11-24"},
		{"has said", "Andrei Munteanu has said the verdict was political.", ""},
		{"a paragraph of history", "In 1997, Andrei Munteanu said the verdict was political.", "1997"},
		{"said of an earlier year", "Andrei Munteanu said the 2019 verdict was political.", "2026-11-24"},
		{"said what happened since an earlier year", "Maria Delgado said inspectors had not visited the site since 2019.", "2026-11-24"},
		{"a sentence of history", "Andrei Munteanu declared himself president, but he resigned in January 2014.", ""},
		{"said of a later year hung on said", "Daniel Whitcombe said his party would repeal the law after the next election, due in 2028.", "2026-11-24"},
		{"said by someone described by a past", "Chamara Wickramasinghe, who joined the union in the 1990s, said the strike would continue.", "2026-11-24"},
		{"said by a body described by a past", "The IMF, which approved a loan for Kenya in April 2024, said it was monitoring developments.", "2026-11-24"},
		{"a date of its own", "Andrei Munteanu said on Monday the verdict was political.", "2026-11-23"},
		{"testimony", "Omar Rashid told the court he had bought the detonators.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := p.Run(context.Background(), &dossier.Document{ID: "doc-test", Text: tc.text, Published: published})
			require.NoError(t, err)
			for _, ev := range a.Events {
				if ev.Type == "statement" {
					require.Equal(t, tc.want, ev.Date)
					return
				}
			}
			t.Fatal("no statement")
		})
	}
	// A lede in the present perfect reports the day's news; a later
	// paragraph in the present perfect does not.
	for _, tc := range []struct{ name, text, want string }{
		{"a lede", "Germany has imposed sanctions on six Russian military intelligence officers over a cyberattack on its foreign ministry.", "2026-11-24"},
		{"not the lede", "Germany imposed sanctions on six Russian officers over a cyberattack on its foreign ministry last year. Since then, Germany has imposed sanctions on two more Russian intelligence officers.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := p.Run(context.Background(), &dossier.Document{ID: "doc-test", Text: tc.text, Published: published})
			require.NoError(t, err)
			var got []string
			for _, ev := range a.Events {
				if ev.Type == "sanction" && strings.Contains(ev.TriggerText, "imposed") && ev.Evidence.Sentence == len(a.Sentences)-1 {
					got = append(got, ev.Date)
				}
			}
			require.Equal(t, []string{tc.want}, got)
		})
	}
}

// TestFutureByDate checks that an event dated after the publication date
// is not taken for a fact, whatever its tense.
func TestFutureByDate(t *testing.T) {
	p, err := ingest.Default()
	require.NoError(t, err)
	published := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ name, text, typ, want string }{
		{"present tense, next year", "Anna Lindqvist takes over as chief executive of Hanbit Motors on Jan. 1.", "appointment", "future"},
		{"this month is no future", "Hanbit Motors appointed Anna Lindqvist as chief executive in November.", "appointment", "actual"},
		{"a past date", "Hanbit Motors appointed Anna Lindqvist as chief executive on March 3, 2025.", "appointment", "actual"},
		{"a past tense trusted over its date", "Hanbit Motors appointed Anna Lindqvist as chief executive on March 3, 2027.", "appointment", "actual"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ev := eventOfType(t, p, tc.text, published, tc.typ)
			require.Equal(t, tc.want, ev.Modality, "date %s", ev.Date)
		})
	}
}

// TestStaffAreNotTheirBody checks that an organisation named before a word
// for its staff is not a participant in what happens to them.
func TestStaffAreNotTheirBody(t *testing.T) {
	p, err := ingest.Default()
	require.NoError(t, err)
	a, name := analyse(t, p, "crew member", "Gunmen killed a UN helicopter crew member near Malakal on Tuesday, March 4, 2025.")
	found := false
	for _, ev := range a.Events {
		if ev.Type != "killing" {
			continue
		}
		found = true
		for _, pt := range ev.Participants {
			require.NotEqual(t, "United Nations", name[pt.Entity], "the UN is no participant of %v", ev)
		}
	}
	require.True(t, found, "no killing in %v", a.Events)
}

// TestDatelinePlaceIsNoParty checks that the place an agency dateline opens
// with takes no part in the events of the story's first sentence.
func TestDatelinePlaceIsNoParty(t *testing.T) {
	p, err := ingest.Default()
	require.NoError(t, err)
	text := "GOMBERA, Republic of Kalundi, 14 November 2026 (Reuters) - Fighters of the Lusaka Valley Liberation Front (LVLF) captured Mbarani, the capital of Kiruvu province, on Friday after government troops pulled out overnight, residents and a United Nations official said."
	a, err := p.Run(context.Background(), &dossier.Document{ID: "dateline", Text: text, Published: time.Date(2026, 11, 14, 0, 0, 0, 0, time.UTC)})
	require.NoError(t, err)
	var gombera string
	for _, e := range a.Entities {
		if strings.EqualFold(e.Name, "Gombera") {
			gombera = e.ID
		}
	}
	require.NotEmpty(t, gombera, "the dateline's place is an entity")
	require.NotEmpty(t, a.Events)
	front := false // the rebels, whom the surface rules find instead
	for _, ev := range a.Events {
		for _, part := range ev.Participants {
			require.NotEqual(t, gombera, part.Entity, "%s event has the dateline's place as %s", ev.Type, part.Role)
			front = front || part.Role == dossier.Agent && strings.Contains(part.Entity, "liberation-front")
		}
	}
	require.True(t, front, "the Lusaka Valley Liberation Front captured the town")
}

// TestHeadlineDates checks that an undated headline event takes the date of
// the lead's report of it, not of an older one further down.
func TestHeadlineDates(t *testing.T) {
	p, err := ingest.Default()
	require.NoError(t, err)
	text := "Iran seizes oil tanker in Strait of Hormuz\n\nDUBAI, May 3, 2026 (Reuters) - Iran's Revolutionary Guards seized a Greek-managed oil tanker in the Strait of Hormuz on Saturday, state media reported.\n\nIn July 2019 Iran captured the British-flagged Stena Impero.\n"
	a, _ := analyse(t, p, "headline", text)
	found := false
	for _, ev := range a.Events {
		if ev.Evidence.Sentence == 0 && ev.Type == "seizure" {
			found = true
			require.Equal(t, "2026-05-02", ev.Date)
		}
	}
	require.True(t, found, "no headline seizure among %v", a.Events)
}

// TestHeadlineElsewhere checks that a headline event is not dated by a
// lead sentence about the same kind of event years before.
func TestHeadlineElsewhere(t *testing.T) {
	p, err := ingest.Default()
	require.NoError(t, err)
	text := "Road collapse kills 14 commuters in Porto Alegre\n\nA dam burst in Brumadinho in 2019 and killed 270 people.\n"
	a, name := analysePublished(t, p, text, time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC))
	n := 0
	for _, ev := range a.Events {
		if ev.Type != "killing" {
			continue
		}
		n++
		if ev.Evidence.Sentence == 0 {
			require.Empty(t, ev.Date, "the headline's killing took the dam's date")
		} else {
			require.NotEqual(t, "Porto Alegre", name[ev.Place], "the dam's killing took the headline's place")
		}
	}
	require.Equal(t, 2, n, "events: %v", a.Events)
}

// TestAlsoDates checks that an event that "also" happened takes the date
// of the event before it of its type or with its agent.
func TestAlsoDates(t *testing.T) {
	p, err := ingest.Default()
	require.NoError(t, err)
	text := "Police arrested Mihai Dobrescu on Wednesday. Two referees and club president Sorin Vlad were also detained.\n\n" +
		"President Ana Tarin declared a state of emergency late Monday. She also fired police chief Carlos Roldan. Roldan later sued the state."
	a, _ := analysePublished(t, p, text, time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC))
	got := map[string]string{}
	for _, ev := range a.Events {
		got[ev.Type] = ev.Date
	}
	n := 0
	for _, ev := range a.Events {
		if ev.Type == "arrest" {
			n++
			require.Equal(t, "2026-11-18", ev.Date, "arrest %v", ev.Participants)
		}
	}
	require.Equal(t, 2, n)
	require.Equal(t, "2026-11-16", got["dismissal"])
	require.Empty(t, got["lawsuit"], "no also, no date")
}

// TestSayingsCarry checks that a follow-up saying with no date of its own
// takes the date of the same speaker's dated saying just before it, not the
// publication date.
func TestSayingsCarry(t *testing.T) {
	p, err := ingest.Default()
	require.NoError(t, err)
	text := "Justice Minister Ermek Jumabaev said on Monday the ruling was lawful. He told the state news agency Kabar that the court had followed the law."
	pub := time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC)
	a, err := p.Run(context.Background(), &dossier.Document{ID: "doc-test", Source: "carry", Text: text, Published: pub})
	require.NoError(t, err)
	var dates []string
	for _, ev := range a.Events {
		if ev.Type == "statement" {
			dates = append(dates, ev.Date)
		}
	}
	require.Equal(t, []string{"2026-03-09", "2026-03-09"}, dates)
}

// TestOnceOnly checks that every report of a death takes the date one of
// them gives in words, not the publication date.
func TestOnceOnly(t *testing.T) {
	p, err := ingest.Default()
	require.NoError(t, err)
	published := time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC)
	text := "Architect Ali Khan dies at 88\n\nAli Khan has died at the age of 88, his family said. He died on Monday at his home in Lahore."
	a, err := p.Run(context.Background(), &dossier.Document{ID: "doc-test", Text: text, Published: published})
	require.NoError(t, err)
	n := 0
	for _, ev := range a.Events {
		if ev.Type == "death" {
			require.Equal(t, "2026-03-09", ev.Date, "sentence %d", ev.Evidence.Sentence)
			n++
		}
	}
	require.GreaterOrEqual(t, n, 2, "the headline's and the body's deaths")
}

// TestSameDayConjuncts checks that an undated verb takes the date of the
// verb conjoined to it only when that is a day of the story's week.
func TestSameDayConjuncts(t *testing.T) {
	p, err := ingest.Default()
	require.NoError(t, err)
	published := time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ name, text, typ, want string }{
		{"a day of the week", "Japan's coast guard seized a Chinese trawler and arrested its captain on Thursday.", "seizure", "2026-11-19"},
		{"a year", "Karim Adel was born in Ghent and moved to Marrakech in 2021.", "birth", ""},
		{"a day long ago", "Japan's coast guard seized a Chinese trawler and arrested its captain on 3 March 2019.", "seizure", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ev := eventOfType(t, p, tc.text, published, tc.typ)
			require.Equal(t, tc.want, ev.Date, "%s", tc.text)
		})
	}
}

// eventOfType runs the pipeline over text published at pub and returns its
// first event of type typ, failing the test when there is none.
func eventOfType(t *testing.T, p *ingest.Pipeline, text string, pub time.Time, typ string) dossier.Event {
	t.Helper()
	a, err := p.Run(context.Background(), &dossier.Document{ID: "doc-test", Text: text, Published: pub})
	require.NoError(t, err)
	for _, ev := range a.Events {
		if ev.Type == typ {
			return ev
		}
	}
	t.Fatalf("no %s event in %q: %v", typ, text, a.Events)
	return dossier.Event{}
}
