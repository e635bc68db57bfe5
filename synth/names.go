package synth

import (
	"fmt"
	"math/rand/v2"

	"hearth"
)

// Names are drawn from lists of names common in England, so that the synthetic record reads like a real
// one without describing anyone. A name with a number of people behind it is not personal data; the
// combination with a made-up date of birth and a test-range NHS number is nobody.

var girlsNames = []string{
	"Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Rosie", "Sophia", "Grace", "Freya",
	"Willow", "Florence", "Emily", "Ella", "Poppy", "Evie", "Elsie", "Charlotte", "Evelyn", "Sienna", "Daisy",
	"Phoebe", "Sophie", "Alice", "Harper", "Matilda", "Ruby", "Emilia", "Maya", "Millie", "Isabelle", "Jessica",
	"Chloe", "Zara", "Aisha", "Maryam", "Fatima", "Hannah", "Amira", "Layla", "Nadia", "Priya", "Jasmine",
	"Leah", "Megan", "Holly", "Chantelle", "Kayleigh", "Abigail", "Niamh", "Zuzanna", "Amara", "Ebony",
}

var boysNames = []string{
	"Muhammad", "Noah", "Oliver", "George", "Leo", "Arthur", "Oscar", "Theodore", "Freddie", "Theo", "Archie",
	"Harry", "Henry", "Jack", "Charlie", "Alfie", "Finley", "Thomas", "Jacob", "Lucas", "Isaac", "Teddy",
	"Tommy", "Joshua", "Mason", "Reggie", "Alexander", "James", "Ethan", "Jayden", "Kai", "Riley", "Tyler",
	"Callum", "Connor", "Liam", "Ryan", "Daniel", "Adam", "Ibrahim", "Yusuf", "Omar", "Ali", "Ayaan", "Arjun",
	"Kacper", "Jakub", "Kofi", "Tobi", "Dylan", "Kieran", "Jordan", "Nathan", "Reece", "Logan",
}

var womensNames = []string{
	"Sarah", "Emma", "Laura", "Rebecca", "Gemma", "Claire", "Nicola", "Lisa", "Kelly", "Stacey", "Jade",
	"Amy", "Samantha", "Hayley", "Danielle", "Natalie", "Victoria", "Louise", "Michelle", "Joanne", "Rachel",
	"Zoe", "Charlene", "Leanne", "Kirsty", "Shabana", "Nasreen", "Rukhsana", "Agnieszka", "Abimbola", "Grace",
	"Chloe", "Jodie", "Tanya", "Donna", "Katie", "Naomi", "Adaeze", "Yasmin", "Sadia",
}

var mensNames = []string{
	"David", "Daniel", "James", "Paul", "Mark", "Michael", "Christopher", "Andrew", "Stephen", "Lee", "Craig",
	"Darren", "Wayne", "Jason", "Ryan", "Jamie", "Adam", "Carl", "Dean", "Scott", "Richard", "Matthew", "Gary",
	"Kevin", "Tariq", "Imran", "Mohammed", "Asif", "Piotr", "Tomasz", "Emeka", "Chinedu", "Marcus", "Ashley",
	"Aaron", "Liam", "Shane", "Robert", "Anthony", "Nathan",
}

var surnames = []string{
	"Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
	"Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
	"Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward",
	"Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "James", "Scott",
	"Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly",
	"Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox", "Khan",
	"Ali", "Hussain", "Ahmed", "Begum", "Shah", "Singh", "Kaur", "Mahmood", "Akhtar", "Okafor", "Adeyemi",
	"Mensah", "Nowak", "Kowalski", "Wisniewski", "Campbell", "Stewart", "Reid", "Murray", "Doherty", "O'Brien",
	"Ward", "Fox", "Lloyd", "Hunt", "Barker", "Marsh", "Rose", "Hudson", "Francis", "Mills", "Gray", "Pearce",
}

func pickName(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }

// childName returns a forename for a child of the given sex ("1" male, "2" female).
func childName(r *rand.Rand, sex string) string {
	if sex == "1" {
		return pickName(r, boysNames)
	}
	return pickName(r, girlsNames)
}

// postcodeOutward are the outward codes of the synthetic authority's postcodes. HE (for Hearth) is not a
// Royal Mail postcode area, so no synthetic postcode is anyone's real address.
var postcodeOutward = []string{"HE1", "HE2", "HE3", "HE4", "HE5", "HE6", "HE7", "HE8", "HE9", "HE10", "HE11", "HE12"}

const postcodeLetters = "ABDEFGHJLNPQRSTUWXYZ" // the letters Royal Mail uses in inward codes

// randomPostcode returns a valid postcode in the synthetic authority.
func randomPostcode(r *rand.Rand) hearth.Postcode {
	s := fmt.Sprintf("%s %d%c%c", postcodeOutward[r.IntN(len(postcodeOutward))], r.IntN(10),
		postcodeLetters[r.IntN(len(postcodeLetters))], postcodeLetters[r.IntN(len(postcodeLetters))])
	p, err := hearth.ParsePostcode(s)
	if err != nil {
		panic("synth: bad generated postcode " + s)
	}
	return p
}

var streets = []string{"Church Road", "Station Road", "Victoria Road", "Park Road", "Green Lane", "Manor Road",
	"Queens Road", "Albert Road", "Grange Road", "New Road", "Kings Road", "Mill Lane", "High Street",
	"The Crescent", "Windsor Road", "Elm Grove", "Oak Avenue", "Beech Close", "Chestnut Way", "Meadow View"}

func randomAddressLines(r *rand.Rand) string {
	return fmt.Sprintf("%d %s\nHearthton", 1+r.IntN(180), streets[r.IntN(len(streets))])
}
