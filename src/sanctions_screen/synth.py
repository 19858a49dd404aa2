"""Deterministic synthetic customer records: clean multi-origin names, and planted variants of the
demo list's entities.

Benchmarks measure speed and the false-alert rate on `customers(n)`; `make demo` screens
`demo_customers()` and reports which planted variants were caught.

How the rows are drawn:
- Every random value of row i is a hash of (seed, field name, i) (SplitMix64, integer arithmetic
  only), so a row does not depend on how many rows are generated with it or in which batch, and the
  same call gives the same frame on any machine and any NumPy version.
- Weighted choices pick from integer cumulative weights (one `searchsorted` per column for all
  origins at once); strings are assembled by Polars expressions, never a Python loop per row.

The name pools below are written by hand from general knowledge, not derived from any data file.
Unless a pool gives explicit weights, its order is its rough popularity and the weights are Zipf by
rank (weight = 100000 // rank). Names of the demo list's people are left out of the pools (Korean
given names Se-un, Gyeong-hun/Kyung-hoon, Cheol-min, Eung-sun; the surname Andreev/Andreyev), as are
a few surnames of widely known sanctioned people (Lavrov, Medvedev, Kovalchuk) and the Korean given
name Jung-eun (Hangul 정은, as in 김정은), so clean rows stay clean against the demo list.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
import polars as pl

from sanctions_screen.errors import InvalidArgumentError

__all__ = ["ORIGIN_SHARES", "customers", "demo_customers", "demo_variants", "iter_customers"]

# --- Shares (rough, for a Western bank or a remote-contractor platform) --------------------------

_ORGANIZATION_PPM = 100_000  # 10% of customers are organizations
_NATIVE_PPM = 90_000  # 9% of persons of an origin with a native-script pool write their name in it
_WALLET_PPM = 5_000  # 0.5% of customers have a crypto wallet on file
_UPPER_PPM = 120_000  # 12% of names are stored in UPPER CASE, as many core-banking systems do
_LOWER_PPM = 10_000
_DOUBLE_SPACE_PPM = 5_000
_AS_OF = date(2025, 1, 1)  # dates of birth are drawn for adults (18-80) as of this fixed date

# --- Name shapes ----------------------------------------------------------------------------------
# G given, M middle (a second given name, or the father's name where that is the custom), F family,
# F2 a second family name, P patronymic, "X." an initial.
G_F, FAMILY_COMMA_G, G_M_F, I_F, G_MI_F, G_F_HYPHEN_F2, G_F_F2, F_G, G_P_F, F_G_P = range(10)

# Native-script renderings: CJK family name + given name without a space; Cyrillic
# "Family Given Patronymic" (passport order); Arabic "Given Family".
_NATIVE_NONE, _NATIVE_CJK, _NATIVE_CYRILLIC, _NATIVE_ARABIC = range(4)

# Romanized two-syllable given names (Korean, Hong Kong, Taiwanese) are written in the pools as
# "Min-jun"; a row keeps the hyphen, joins ("Minjun") or spaces them ("Min Jun"): _Origin.syllables
# weighs these three styles, in this order.

# Diacritics dropped by systems that store ASCII only (a share of rows per origin).
_ASCII_FOLD = {
    "á": "a", "à": "a", "â": "a", "ä": "a", "ã": "a", "å": "a", "ą": "a", "Á": "A", "Â": "A", "Ä": "A",
    "é": "e", "è": "e", "ê": "e", "ë": "e", "ę": "e", "É": "E", "È": "E", "Ê": "E",
    "í": "i", "ì": "i", "î": "i", "ï": "i", "ı": "i", "Í": "I", "Î": "I", "İ": "I",
    "ó": "o", "ò": "o", "ô": "o", "ö": "o", "õ": "o", "Ó": "O", "Ö": "O",
    "ú": "u", "ù": "u", "û": "u", "ü": "u", "Ú": "U", "Ü": "U",
    "ñ": "n", "ń": "n", "Ñ": "N", "ç": "c", "ć": "c", "Ç": "C", "Ć": "C", "ş": "s", "ś": "s", "Ş": "S",
    "Ś": "S", "ğ": "g", "ł": "l", "Ł": "L", "ż": "z", "ź": "z", "Ż": "Z", "Ź": "Z", "ß": "ss", "œ": "oe",
}  # fmt: skip

# Feminine surnames: Russian -ov/-ev/-in -> -ova/-eva/-ina, -sky -> -skaya; Polish -ski/-cki -> -ska/-cka.
_FEMININE_RULES = {
    "russian": (
        ((r"(sk|tsk)(?:y|iy|ii)$", "${1}aya"), (r"(ov|ev|in|yn)$", "${1}a")),
        ((r"(ск|цк)ий$", "${1}ая"), (r"(ов|ев|ёв|ин|ын)$", "${1}а")),
    ),
    "polish": (((r"(sk|ck|dzk)i$", "${1}a"),), ()),
}

# --- Name pools: Latin-only entries are strings; ("Latin", "native") pairs carry the native script;
# ("Latin", native or None, weight) triples give explicit weights instead of Zipf by rank. ------------

_ENGLISH_M = (
    "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles",
    "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew",
    "Joshua", "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Edward", "Jason", "Jeffrey",
    "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott",
    "Brandon", "Benjamin", "Samuel", "Gregory", "Alexander", "Frank", "Patrick", "Raymond", "Jack",
    "Dennis", "Jerry", "Tyler", "Aaron", "Adam", "Nathan", "Henry", "Douglas", "Zachary", "Peter",
    "Kyle", "Ethan", "Walter", "Noah", "Jeremy", "Christian", "Keith", "Roger", "Terry", "Gerald",
    "Harold", "Sean", "Austin", "Carl", "Arthur", "Lawrence", "Dylan", "Jesse", "Jordan", "Bryan",
    "Billy", "Joe", "Bruce", "Gabriel", "Logan", "Albert", "Willie", "Alan", "Wayne", "Elijah", "Randy",
    "Roy", "Vincent", "Ralph", "Eugene", "Russell", "Bobby", "Mason", "Philip", "Louis", "Liam",
    "Oliver", "Lucas", "Owen", "Connor", "Hunter", "Caleb", "Luke", "Isaac", "Evan", "Ian", "Graham",
)  # fmt: skip
_ENGLISH_F = (
    "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah",
    "Karen", "Lisa", "Nancy", "Betty", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna",
    "Michelle", "Carol", "Amanda", "Dorothy", "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon",
    "Laura", "Cynthia", "Kathleen", "Amy", "Angela", "Shirley", "Anna", "Brenda", "Pamela", "Emma",
    "Nicole", "Helen", "Samantha", "Katherine", "Christine", "Debra", "Rachel", "Carolyn", "Janet",
    "Catherine", "Heather", "Diane", "Ruth", "Julie", "Olivia", "Joyce", "Virginia", "Victoria", "Kelly",
    "Lauren", "Christina", "Joan", "Evelyn", "Judith", "Megan", "Andrea", "Cheryl", "Hannah",
    "Jacqueline", "Martha", "Gloria", "Teresa", "Ann", "Sara", "Madison", "Frances", "Kathryn", "Janice",
    "Jean", "Abigail", "Alice", "Judy", "Sophia", "Grace", "Denise", "Amber", "Doris", "Marilyn",
    "Danielle", "Beverly", "Isabella", "Theresa", "Diana", "Natalie", "Brittany", "Charlotte", "Marie",
    "Kayla", "Alexis", "Lori", "Ava", "Mia", "Chloe", "Harper", "Zoe", "Lily", "Eleanor", "Fiona",
)  # fmt: skip
_ENGLISH_FAMILY = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
    "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis",
    "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams",
    "Nelson", "Baker", "Hall", "Campbell", "Mitchell", "Carter", "Roberts", "Phillips", "Evans",
    "Turner", "Parker", "Collins", "Edwards", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan",
    "Cooper", "Peterson", "Bailey", "Reed", "Kelly", "Howard", "Cox", "Ward", "Richardson", "Watson",
    "Brooks", "Wood", "James", "Bennett", "Gray", "Hughes", "Price", "Sanders", "Myers", "Long", "Ross",
    "Foster", "Powell", "Jenkins", "Perry", "Russell", "Sullivan", "Bell", "Coleman", "Butler",
    "Henderson", "Barnes", "Fisher", "Simmons", "Graham", "Hamilton", "Wallace", "Cole", "West",
    "Jordan", "Owens", "Reynolds", "Ellis", "Harrison", "Gibson", "McDonald", "Marshall", "Wells",
    "Murray", "Ford", "Freeman", "Webb", "Tucker", "Porter", "Hunter", "Hicks", "Crawford", "Henry",
    "Boyd", "Mason", "Kennedy", "Warren", "Dixon", "Burns", "Gordon", "Shaw", "Holmes", "Rice",
    "Robertson", "Hunt", "Black", "Daniels", "Palmer", "Mills", "Grant", "Knight", "Ferguson", "Stone",
    "Hawkins", "Dunn", "Perkins", "Hudson", "Spencer", "Stephens", "Pierce", "Payne", "Berry",
    "Matthews", "Arnold", "Wagner", "Willis", "Ray", "Watkins", "Olson", "Carroll", "Duncan", "Snyder",
    "Hart", "Cunningham", "Bradley", "Lane", "Andrews", "Harper", "Fox", "Riley", "Armstrong",
    "Carpenter", "Weaver", "Greene", "Lawrence", "Elliott", "Sims", "Austin", "Peters", "Kelley",
    "Franklin", "Lawson", "Fields", "Ryan", "Carr", "Wheeler", "Chapman", "Oliver", "Montgomery",
    "Richards", "Williamson", "Johnston", "Banks", "Meyer", "Bishop", "McCoy", "Howell", "Morrison",
    "Hansen", "Harvey", "Little", "Burton", "Stanley", "George", "Jacobs", "Reid", "Fuller", "Lynch",
    "Dean", "Gilbert", "Garrett", "Welch", "Larson", "Frazier", "Burke", "Hanson", "Day", "Bowman",
    "Fowler", "O'Brien", "O'Connor", "O'Neill", "McCarthy", "Walsh", "Byrne", "Doyle", "Quinn",
)  # fmt: skip

_HISPANIC_M = (
    "José", "Juan", "Luis", "Carlos", "Jorge", "Miguel", "Francisco", "Antonio", "Manuel", "Pedro",
    "Jesús", "Alejandro", "Fernando", "Ricardo", "Roberto", "Eduardo", "Javier", "Rafael", "Sergio",
    "Daniel", "David", "Mario", "Raúl", "Héctor", "Andrés", "Diego", "Pablo", "Alberto", "Arturo",
    "Enrique", "Óscar", "Ramón", "Víctor", "Gustavo", "Guillermo", "Santiago", "Sebastián", "Mateo",
    "Matías", "Nicolás", "Gabriel", "Adrián", "Hugo", "Ángel", "Iván", "Rubén", "Julio", "Ignacio",
    "Emilio", "Gerardo", "Rodrigo", "Felipe", "Marco", "Salvador", "Joaquín", "Alfonso", "Armando",
    "Ernesto", "Agustín", "Tomás", "Juan Carlos", "José Luis", "Juan Pablo", "Luis Miguel",
    "José Antonio", "Miguel Ángel", "Francisco Javier", "Jesús Manuel",
)  # fmt: skip
_HISPANIC_F = (
    "María", "Ana", "Carmen", "Rosa", "Isabel", "Laura", "Lucía", "Sofía", "Valentina", "Camila",
    "Daniela", "Gabriela", "Mariana", "Andrea", "Paula", "Elena", "Marta", "Patricia", "Claudia",
    "Verónica", "Alejandra", "Adriana", "Natalia", "Carolina", "Fernanda", "Victoria", "Silvia",
    "Beatriz", "Teresa", "Pilar", "Cristina", "Mónica", "Sandra", "Lorena", "Diana", "Guadalupe",
    "Leticia", "Yolanda", "Gloria", "Raquel", "Rocío", "Inés", "Julia", "Sara", "Paola", "Ximena",
    "Renata", "Regina", "Valeria", "Jimena", "Antonia", "Josefina", "Luz", "Esperanza", "Dolores",
    "Consuelo", "María José", "María Fernanda", "Ana María", "María del Carmen", "María Guadalupe",
)  # fmt: skip
_HISPANIC_FAMILY = (
    "García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez", "Sánchez", "Ramírez",
    "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Reyes", "Morales", "Cruz", "Ortiz", "Gutiérrez",
    "Chávez", "Ramos", "Ruiz", "Álvarez", "Mendoza", "Castillo", "Jiménez", "Moreno", "Romero",
    "Herrera", "Medina", "Aguilar", "Vargas", "Castro", "Guzmán", "Fernández", "Muñoz", "Rojas",
    "Vázquez", "Salazar", "Delgado", "Domínguez", "Soto", "Contreras", "Luna", "Ríos", "Mejía",
    "Navarro", "Estrada", "Núñez", "Figueroa", "Cabrera", "Campos", "Vega", "Fuentes", "Carrillo",
    "Sandoval", "Guerrero", "Cortés", "Ibarra", "Suárez", "Molina", "Silva", "Acosta", "León", "Peña",
    "Cárdenas", "Espinoza", "Valdez", "Ortega", "Pacheco", "Rosales", "Maldonado", "Serrano", "Miranda",
    "Márquez", "Lara", "Blanco", "Santos", "Marín", "Rubio", "Gil", "Iglesias", "Méndez", "Calderón",
    "Villanueva", "Benítez", "Cano", "Prieto", "Pascual", "Vidal", "Ferrer", "Sáenz", "Bravo",
    "Escobar", "Paredes", "Quintero", "Zamora", "Solís", "Montoya", "Osorio", "Valencia", "Arias",
    "Cuevas", "Trujillo", "Padilla", "Ochoa", "Velásquez", "De la Cruz", "De León", "Del Río",
    "De la Fuente", "Ponce de León",
)  # fmt: skip

_GERMAN_M = (
    "Thomas", "Michael", "Andreas", "Stefan", "Christian", "Peter", "Wolfgang", "Klaus", "Jürgen",
    "Frank", "Markus", "Matthias", "Alexander", "Martin", "Uwe", "Bernd", "Dieter", "Hans", "Jörg",
    "Ralf", "Sven", "Tobias", "Florian", "Sebastian", "Daniel", "Jan", "Lukas", "Leon", "Felix", "Jonas",
    "Maximilian", "Paul", "Ben", "Finn", "Elias", "Noah", "Moritz", "Niklas", "Tim", "Philipp", "Dirk",
    "Holger", "Karl", "Heinz", "Helmut", "Günter", "Manfred", "Werner", "Gerhard", "Horst", "Rainer",
    "Torsten", "Kai", "Björn", "Lars", "Nils", "Fabian", "Dominik", "Johannes", "Benedikt",
)  # fmt: skip
_GERMAN_F = (
    "Sabine", "Petra", "Claudia", "Susanne", "Andrea", "Stefanie", "Nicole", "Katrin", "Julia", "Anna",
    "Laura", "Lena", "Lea", "Hannah", "Sophie", "Marie", "Emma", "Mia", "Leonie", "Lisa", "Sarah",
    "Katharina", "Christina", "Ursula", "Monika", "Gabriele", "Renate", "Helga", "Ingrid", "Karin",
    "Birgit", "Heike", "Anja", "Sandra", "Tanja", "Martina", "Silke", "Kerstin", "Anke", "Melanie",
    "Franziska", "Johanna", "Charlotte", "Greta", "Clara", "Ida", "Frieda", "Luisa", "Annika", "Jana",
)  # fmt: skip
_GERMAN_FAMILY = (
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
    "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz",
    "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz",
    "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter",
    "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn",
    "Schubert", "Vogel", "Friedrich", "Keller", "Günther", "Frank", "Berger", "Winkler", "Roth", "Beck",
    "Lorenz", "Baumann", "Franke", "Albrecht", "Schuster", "Simon", "Ludwig", "Böhm", "Winter", "Kraus",
    "Martin", "Schumacher", "Krämer", "Vogt", "Stein", "Jäger", "Otto", "Sommer", "Groß", "Seidel",
    "Heinrich", "Brandt", "Haas", "Schreiber", "Graf", "Schulte", "Dietrich", "Ziegler", "Kuhn", "Kühn",
    "Pohl", "Engel", "Horn", "Busch", "Bergmann", "Voigt", "Sauer", "Arnold", "Wolff", "Pfeiffer",
    "von Hagen", "von der Linde",
)  # fmt: skip

_FRENCH_M = (
    "Jean", "Pierre", "Michel", "André", "Philippe", "Alain", "Bernard", "Jacques", "François",
    "Patrick", "Nicolas", "Christophe", "Daniel", "Frédéric", "Laurent", "Stéphane", "Sébastien",
    "Julien", "David", "Olivier", "Thierry", "Éric", "Pascal", "Didier", "Dominique", "Gilles",
    "Vincent", "Antoine", "Thomas", "Alexandre", "Guillaume", "Maxime", "Romain", "Mathieu", "Lucas",
    "Hugo", "Louis", "Gabriel", "Arthur", "Jules", "Raphaël", "Léo", "Théo", "Nathan", "Enzo",
    "Baptiste", "Clément", "Adrien", "Jean-Pierre", "Jean-Luc", "Jean-Claude", "Jean-François",
    "Jean-Marc", "Yves", "Marcel", "René", "Henri", "Claude", "Serge", "Gérard",
)  # fmt: skip
_FRENCH_F = (
    "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Françoise", "Christine", "Monique",
    "Valérie", "Sandrine", "Sophie", "Céline", "Stéphanie", "Véronique", "Nicole", "Chantal", "Martine",
    "Patricia", "Brigitte", "Aurélie", "Camille", "Julie", "Émilie", "Caroline", "Élodie", "Laetitia",
    "Audrey", "Mélanie", "Manon", "Chloé", "Léa", "Emma", "Inès", "Jade", "Louise", "Alice", "Lina",
    "Juliette", "Margaux", "Clara", "Pauline", "Marine", "Anaïs", "Océane", "Charlotte", "Marie-Claire",
    "Anne-Marie", "Marie-Christine", "Hélène", "Jacqueline",
)  # fmt: skip
_FRENCH_FAMILY = (
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
    "Simon", "Laurent", "Lefebvre", "Michel", "David", "Bertrand", "Roux", "Vincent", "Fournier",
    "Morel", "Girard", "André", "Lefèvre", "Mercier", "Dupont", "Lambert", "Bonnet", "François",
    "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel",
    "Nicolas", "Perrin", "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Fontaine", "Chevalier",
    "Robin", "Masson", "Gérard", "Boyer", "Denis", "Lemaire", "Duval", "Joly", "Gautier", "Roger",
    "Roche", "Roy", "Noël", "Meyer", "Lucas", "Meunier", "Jean", "Marchand", "Dufour", "Blanchard",
    "Marie", "Barbier", "Brun", "Dumas", "Brunet", "Schmitt", "Leroux", "Colin", "Pierre", "Renard",
    "Arnaud", "Rolland", "Caron", "Aubert", "Giraud", "Leclerc", "Vidal", "Bourgeois", "Renaud",
    "Lemoine", "Picard", "Gaillard", "Philippe", "Leclercq", "Lacroix", "Fabre", "Dupuis", "Olivier",
    "Da Silva", "Hubert", "Louis", "Charles", "Guillot", "Rivière", "Le Gall", "Le Goff", "Le Roux",
)  # fmt: skip

_ITALIAN_M = (
    "Giuseppe", "Giovanni", "Antonio", "Mario", "Luigi", "Francesco", "Angelo", "Vincenzo", "Pietro",
    "Salvatore", "Carlo", "Franco", "Domenico", "Bruno", "Paolo", "Michele", "Giorgio", "Aldo",
    "Sergio", "Luciano", "Marco", "Andrea", "Alessandro", "Luca", "Matteo", "Lorenzo", "Leonardo",
    "Riccardo", "Davide", "Simone", "Federico", "Gabriele", "Tommaso", "Stefano", "Roberto", "Fabio",
    "Massimo", "Maurizio", "Claudio", "Alberto", "Enrico", "Emanuele", "Nicola", "Daniele", "Filippo",
    "Giacomo", "Edoardo", "Gianluca", "Pierluigi", "Gianni",
)  # fmt: skip
_ITALIAN_F = (
    "Maria", "Anna", "Giuseppina", "Rosa", "Angela", "Giovanna", "Teresa", "Lucia", "Carmela",
    "Caterina", "Francesca", "Anna Maria", "Antonietta", "Carla", "Elena", "Concetta", "Rita",
    "Margherita", "Franca", "Paola", "Laura", "Giulia", "Chiara", "Sara", "Martina", "Valentina",
    "Alessia", "Federica", "Silvia", "Elisa", "Sofia", "Aurora", "Giorgia", "Alice", "Ginevra", "Emma",
    "Beatrice", "Ludovica", "Camilla", "Noemi", "Roberta", "Daniela", "Cristina", "Monica", "Barbara",
    "Simona", "Patrizia", "Raffaella", "Serena", "Ilaria",
)  # fmt: skip
_ITALIAN_FAMILY = (
    "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
    "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi",
    "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli",
    "Martini", "Leone", "Longo", "Gentile", "Martinelli", "Vitale", "Lombardo", "Serra", "Coppola",
    "De Santis", "D'Angelo", "Marchetti", "Parisi", "Villa", "Conte", "Ferraro", "Ferri", "Fabbri",
    "Bianco", "Marini", "Grasso", "Valentini", "Messina", "Sala", "De Angelis", "Gatti", "Pellegrini",
    "Palumbo", "Sanna", "Farina", "Rizzi", "Monti", "Cattaneo", "Morelli", "Amato", "Silvestri", "Mazza",
    "Testa", "Grassi", "Pellegrino", "Carbone", "Giuliani", "Benedetti", "Barone", "Rossetti", "Caputo",
    "Montanari", "Guerra", "Palmieri", "Bernardi", "Martino", "Fiore", "De Rosa", "Ferretti", "Bellini",
    "Basile", "Riva", "Donati", "Piras", "Vitali", "Battaglia", "Sartori", "Neri", "Costantini",
    "Milani", "Pagano", "Ruggiero", "Sorrentino", "D'Amico", "Orlando", "Negri", "Di Stefano",
    "Di Marco",
)  # fmt: skip

_POLISH_M = (
    "Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Jakub", "Adam",
    "Marek", "Łukasz", "Grzegorz", "Mateusz", "Wojciech", "Mariusz", "Dariusz", "Zbigniew", "Rafał",
    "Robert", "Kamil", "Jerzy", "Stanisław", "Jacek", "Józef", "Ryszard", "Tadeusz", "Dawid", "Maciej",
    "Sławomir", "Bartosz", "Przemysław", "Szymon", "Filip", "Antoni", "Kacper", "Wiktor", "Jarosław",
    "Henryk", "Kazimierz",
)  # fmt: skip
_POLISH_F = (
    "Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Elżbieta",
    "Magdalena", "Joanna", "Zofia", "Aleksandra", "Monika", "Teresa", "Danuta", "Natalia", "Karolina",
    "Marta", "Beata", "Dorota", "Halina", "Jadwiga", "Janina", "Irena", "Alicja", "Justyna", "Paulina",
    "Weronika", "Julia", "Zuzanna", "Hanna", "Maja", "Oliwia", "Lena", "Iwona", "Grażyna", "Bożena",
    "Renata", "Urszula",
)  # fmt: skip
_POLISH_FAMILY = (  # masculine forms; _FEMININE_RULES derive -ska/-cka
    "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
    "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski",
    "Wojciechowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski",
    "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Nowakowski", "Majewski", "Olszewski",
    "Stępień", "Malinowski", "Jaworski", "Adamczyk", "Dudek", "Nowicki", "Pawlak", "Górski",
    "Witkowski", "Walczak", "Sikora", "Baran", "Rutkowski", "Michalak", "Szewczyk", "Ostrowski",
    "Tomaszewski", "Pietrzak", "Zalewski", "Wróblewski", "Marciniak", "Jasiński", "Zawadzki", "Bąk",
    "Jakubowski", "Sadowski", "Duda", "Włodarczyk", "Wilk", "Chmielewski", "Borkowski", "Sokołowski",
    "Szczepański", "Sawicki", "Lis", "Kucharski", "Kalinowski", "Wysocki", "Mazurek", "Kubiak",
    "Maciejewski", "Czarnecki", "Kołodziej", "Urbański", "Kaczmarczyk", "Kowalewski", "Krajewski",
    "Adamski", "Sobczak", "Głowacki", "Zakrzewski", "Krupa", "Wasilewski", "Laskowski", "Ziółkowski",
)  # fmt: skip

# Russian and Ukrainian: Latin spellings of several systems (BGN/PCGN, passport, informal) each
# paired with the same Cyrillic form.
_RUSSIAN_M = (
    ("Aleksandr", "Александр"), ("Alexander", "Александр"), ("Sergey", "Сергей"), ("Sergei", "Сергей"),
    ("Dmitry", "Дмитрий"), ("Dmitriy", "Дмитрий"), ("Dmitri", "Дмитрий"), ("Andrey", "Андрей"),
    ("Andrei", "Андрей"), ("Alexey", "Алексей"), ("Aleksei", "Алексей"), ("Maxim", "Максим"),
    ("Maksim", "Максим"), ("Vladimir", "Владимир"), ("Ivan", "Иван"), ("Mikhail", "Михаил"),
    ("Nikolay", "Николай"), ("Nikolai", "Николай"), ("Evgeny", "Евгений"), ("Yevgeniy", "Евгений"),
    ("Pavel", "Павел"), ("Artem", "Артём"), ("Artyom", "Артём"), ("Igor", "Игорь"), ("Oleg", "Олег"),
    ("Roman", "Роман"), ("Denis", "Денис"), ("Anton", "Антон"), ("Konstantin", "Константин"),
    ("Viktor", "Виктор"), ("Yuri", "Юрий"), ("Yury", "Юрий"), ("Vadim", "Вадим"), ("Kirill", "Кирилл"),
    ("Ilya", "Илья"), ("Nikita", "Никита"), ("Egor", "Егор"), ("Yegor", "Егор"), ("Timur", "Тимур"),
    ("Ruslan", "Руслан"), ("Stanislav", "Станислав"), ("Vyacheslav", "Вячеслав"),
    ("Anatoly", "Анатолий"), ("Grigory", "Григорий"), ("Boris", "Борис"), ("Gennady", "Геннадий"),
    ("Leonid", "Леонид"), ("Valery", "Валерий"), ("Vitaly", "Виталий"), ("Vitaliy", "Виталий"),
    ("Vasily", "Василий"), ("Pyotr", "Пётр"), ("Petr", "Пётр"), ("Fedor", "Фёдор"), ("Stepan", "Степан"),
    ("Semyon", "Семён"), ("Arkady", "Аркадий"), ("Eduard", "Эдуард"), ("Yaroslav", "Ярослав"),
    ("Matvey", "Матвей"), ("Daniil", "Даниил"), ("Gleb", "Глеб"), ("Lev", "Лев"), ("Mark", "Марк"),
    ("Oleksandr", "Олександр"), ("Serhiy", "Сергій"), ("Andriy", "Андрій"), ("Volodymyr", "Володимир"),
    ("Dmytro", "Дмитро"), ("Mykola", "Микола"), ("Taras", "Тарас"), ("Bohdan", "Богдан"),
    ("Vasyl", "Василь"), ("Petro", "Петро"), ("Ihor", "Ігор"), ("Oleksiy", "Олексій"),
)  # fmt: skip
_RUSSIAN_F = (
    ("Elena", "Елена"), ("Yelena", "Елена"), ("Olga", "Ольга"), ("Natalia", "Наталья"),
    ("Natalya", "Наталья"), ("Tatiana", "Татьяна"), ("Tatyana", "Татьяна"), ("Irina", "Ирина"),
    ("Svetlana", "Светлана"), ("Anna", "Анна"), ("Maria", "Мария"), ("Mariya", "Мария"),
    ("Ekaterina", "Екатерина"), ("Yekaterina", "Екатерина"), ("Anastasia", "Анастасия"),
    ("Anastasiya", "Анастасия"), ("Yulia", "Юлия"), ("Yuliya", "Юлия"), ("Julia", "Юлия"),
    ("Marina", "Марина"), ("Oksana", "Оксана"), ("Lyudmila", "Людмила"), ("Ludmila", "Людмила"),
    ("Galina", "Галина"), ("Valentina", "Валентина"), ("Nadezhda", "Надежда"), ("Larisa", "Лариса"),
    ("Daria", "Дарья"), ("Darya", "Дарья"), ("Alina", "Алина"), ("Ksenia", "Ксения"),
    ("Kseniya", "Ксения"), ("Viktoriya", "Виктория"), ("Victoria", "Виктория"), ("Polina", "Полина"),
    ("Sofia", "София"), ("Vera", "Вера"), ("Lyubov", "Любовь"), ("Nina", "Нина"), ("Zoya", "Зоя"),
    ("Alla", "Алла"), ("Inna", "Инна"), ("Veronika", "Вероника"), ("Kristina", "Кристина"),
    ("Yana", "Яна"), ("Valeriya", "Валерия"), ("Evgeniya", "Евгения"), ("Elizaveta", "Елизавета"),
    ("Olena", "Олена"), ("Tetiana", "Тетяна"), ("Iryna", "Ірина"), ("Nataliia", "Наталія"),
    ("Halyna", "Галина"), ("Oleksandra", "Олександра"),
)  # fmt: skip
_RUSSIAN_FAMILY = (  # masculine forms; _FEMININE_RULES derive the feminine ones
    ("Ivanov", "Иванов"), ("Smirnov", "Смирнов"), ("Kuznetsov", "Кузнецов"), ("Popov", "Попов"),
    ("Vasiliev", "Васильев"), ("Vasilyev", "Васильев"), ("Petrov", "Петров"), ("Sokolov", "Соколов"),
    ("Mikhailov", "Михайлов"), ("Novikov", "Новиков"), ("Fedorov", "Федоров"), ("Fyodorov", "Фёдоров"),
    ("Morozov", "Морозов"), ("Volkov", "Волков"), ("Alekseev", "Алексеев"), ("Alexeev", "Алексеев"),
    ("Lebedev", "Лебедев"), ("Semenov", "Семенов"), ("Semyonov", "Семёнов"), ("Egorov", "Егоров"),
    ("Yegorov", "Егоров"), ("Pavlov", "Павлов"), ("Kozlov", "Козлов"), ("Stepanov", "Степанов"),
    ("Nikolaev", "Николаев"), ("Nikolayev", "Николаев"), ("Orlov", "Орлов"), ("Makarov", "Макаров"),
    ("Nikitin", "Никитин"), ("Zakharov", "Захаров"), ("Zaitsev", "Зайцев"), ("Zaytsev", "Зайцев"),
    ("Solovyov", "Соловьёв"), ("Soloviev", "Соловьёв"), ("Borisov", "Борисов"), ("Yakovlev", "Яковлев"),
    ("Grigoriev", "Григорьев"), ("Romanov", "Романов"), ("Vorobyov", "Воробьёв"),
    ("Sergeev", "Сергеев"), ("Sergeyev", "Сергеев"), ("Kuzmin", "Кузьмин"), ("Frolov", "Фролов"),
    ("Aleksandrov", "Александров"), ("Dmitriev", "Дмитриев"), ("Korolev", "Королёв"),
    ("Gusev", "Гусев"), ("Kiselev", "Киселёв"), ("Ilyin", "Ильин"), ("Maksimov", "Максимов"),
    ("Polyakov", "Поляков"), ("Sorokin", "Сорокин"), ("Vinogradov", "Виноградов"),
    ("Kovalev", "Ковалёв"), ("Belov", "Белов"), ("Antonov", "Антонов"), ("Tarasov", "Тарасов"),
    ("Zhukov", "Жуков"), ("Baranov", "Баранов"), ("Filippov", "Филиппов"), ("Komarov", "Комаров"),
    ("Davydov", "Давыдов"), ("Belyaev", "Беляев"), ("Gerasimov", "Герасимов"), ("Bogdanov", "Богданов"),
    ("Osipov", "Осипов"), ("Sidorov", "Сидоров"), ("Matveev", "Матвеев"), ("Titov", "Титов"),
    ("Markov", "Марков"), ("Mironov", "Миронов"), ("Krylov", "Крылов"), ("Kulikov", "Куликов"),
    ("Karpov", "Карпов"), ("Vlasov", "Власов"), ("Melnikov", "Мельников"), ("Denisov", "Денисов"),
    ("Gavrilov", "Гаврилов"), ("Tikhonov", "Тихонов"), ("Kazakov", "Казаков"),
    ("Afanasiev", "Афанасьев"), ("Danilov", "Данилов"), ("Timofeev", "Тимофеев"), ("Fomin", "Фомин"),
    ("Chernov", "Чернов"), ("Abramov", "Абрамов"), ("Martynov", "Мартынов"), ("Efimov", "Ефимов"),
    ("Nazarov", "Назаров"), ("Kalinin", "Калинин"), ("Isaev", "Исаев"), ("Bykov", "Быков"),
    ("Maslov", "Маслов"), ("Rodionov", "Родионов"), ("Konovalov", "Коновалов"), ("Lazarev", "Лазарев"),
    ("Voronin", "Воронин"), ("Klimov", "Климов"), ("Filatov", "Филатов"), ("Golubev", "Голубев"),
    ("Kudryavtsev", "Кудрявцев"), ("Prokhorov", "Прохоров"), ("Naumov", "Наумов"),
    ("Zhuravlev", "Журавлёв"), ("Trofimov", "Трофимов"), ("Leonov", "Леонов"), ("Sobolev", "Соболев"),
    ("Kolesnikov", "Колесников"), ("Goncharov", "Гончаров"), ("Kotov", "Котов"), ("Gromov", "Громов"),
    ("Kirillov", "Кириллов"), ("Panov", "Панов"), ("Tsvetkov", "Цветков"), ("Levin", "Левин"),
    ("Savin", "Савин"), ("Krasnov", "Краснов"), ("Demidov", "Демидов"), ("Lukin", "Лукин"),
    ("Pokrovsky", "Покровский"), ("Nikolsky", "Никольский"), ("Zvezdin", "Звездин"),
    ("Shevchenko", "Шевченко"), ("Kovalenko", "Коваленко"), ("Bondarenko", "Бондаренко"),
    ("Tkachenko", "Ткаченко"), ("Kravchenko", "Кравченко"), ("Boyko", "Бойко"), ("Oliynyk", "Олійник"),
    ("Shevchuk", "Шевчук"), ("Polishchuk", "Поліщук"), ("Lysenko", "Лисенко"), ("Marchenko", "Марченко"),
    ("Rudenko", "Руденко"), ("Savchenko", "Савченко"), ("Petrenko", "Петренко"), ("Moroz", "Мороз"),
    ("Melnyk", "Мельник"), ("Kravets", "Кравець"), ("Koval", "Коваль"), ("Pavlenko", "Павленко"),
    ("Levchenko", "Левченко"), ("Kharchenko", "Харченко"), ("Karpenko", "Карпенко"),
    ("Sydorenko", "Сидоренко"), ("Ponomarenko", "Пономаренко"), ("Klymenko", "Клименко"),
)  # fmt: skip
_PATRONYMICS_M = (
    ("Aleksandrovich", "Александрович"), ("Sergeyevich", "Сергеевич"), ("Sergeevich", "Сергеевич"),
    ("Vladimirovich", "Владимирович"), ("Ivanovich", "Иванович"), ("Nikolayevich", "Николаевич"),
    ("Nikolaevich", "Николаевич"), ("Viktorovich", "Викторович"), ("Mikhailovich", "Михайлович"),
    ("Andreyevich", "Андреевич"), ("Andreevich", "Андреевич"), ("Petrovich", "Петрович"),
    ("Yuryevich", "Юрьевич"), ("Anatolyevich", "Анатольевич"), ("Igorevich", "Игоревич"),
    ("Olegovich", "Олегович"), ("Dmitriyevich", "Дмитриевич"), ("Alekseyevich", "Алексеевич"),
    ("Valeryevich", "Валерьевич"), ("Evgenyevich", "Евгеньевич"), ("Gennadyevich", "Геннадьевич"),
    ("Borisovich", "Борисович"), ("Pavlovich", "Павлович"), ("Vasilyevich", "Васильевич"),
    ("Grigoryevich", "Григорьевич"), ("Leonidovich", "Леонидович"),
    ("Konstantinovich", "Константинович"), ("Romanovich", "Романович"), ("Maksimovich", "Максимович"),
    ("Stanislavovich", "Станиславович"), ("Fyodorovich", "Фёдорович"), ("Yakovlevich", "Яковлевич"),
    ("Denisovich", "Денисович"), ("Ilyich", "Ильич"),
)  # fmt: skip
_PATRONYMICS_F = (  # the same fathers' names, same order
    ("Aleksandrovna", "Александровна"), ("Sergeyevna", "Сергеевна"), ("Sergeevna", "Сергеевна"),
    ("Vladimirovna", "Владимировна"), ("Ivanovna", "Ивановна"), ("Nikolayevna", "Николаевна"),
    ("Nikolaevna", "Николаевна"), ("Viktorovna", "Викторовна"), ("Mikhailovna", "Михайловна"),
    ("Andreyevna", "Андреевна"), ("Andreevna", "Андреевна"), ("Petrovna", "Петровна"),
    ("Yuryevna", "Юрьевна"), ("Anatolyevna", "Анатольевна"), ("Igorevna", "Игоревна"),
    ("Olegovna", "Олеговна"), ("Dmitriyevna", "Дмитриевна"), ("Alekseyevna", "Алексеевна"),
    ("Valeryevna", "Валерьевна"), ("Evgenyevna", "Евгеньевна"), ("Gennadyevna", "Геннадьевна"),
    ("Borisovna", "Борисовна"), ("Pavlovna", "Павловна"), ("Vasilyevna", "Васильевна"),
    ("Grigoryevna", "Григорьевна"), ("Leonidovna", "Леонидовна"),
    ("Konstantinovna", "Константиновна"), ("Romanovna", "Романовна"), ("Maksimovna", "Максимовна"),
    ("Stanislavovna", "Станиславовна"), ("Fyodorovna", "Фёдоровна"), ("Yakovlevna", "Яковлевна"),
    ("Denisovna", "Денисовна"), ("Ilyinichna", "Ильинична"),
)  # fmt: skip

# Arabic-origin names: the usual Latin spellings (Egyptian, Levantine, Gulf, Maghrebi) each paired
# with the Arabic spelling.
_ARABIC_M = (
    ("Mohammed", "محمد"), ("Muhammad", "محمد"), ("Mohamed", "محمد"), ("Mohammad", "محمد"),
    ("Ahmed", "أحمد"), ("Ahmad", "أحمد"), ("Ali", "علي"), ("Hassan", "حسن"), ("Hussein", "حسين"),
    ("Hussain", "حسين"), ("Omar", "عمر"), ("Umar", "عمر"), ("Khaled", "خالد"), ("Khalid", "خالد"),
    ("Youssef", "يوسف"), ("Yousef", "يوسف"), ("Yusuf", "يوسف"), ("Ibrahim", "إبراهيم"),
    ("Abdullah", "عبد الله"), ("Abdallah", "عبد الله"), ("Mahmoud", "محمود"), ("Mustafa", "مصطفى"),
    ("Mostafa", "مصطفى"), ("Tariq", "طارق"), ("Tarek", "طارق"), ("Karim", "كريم"), ("Samir", "سمير"),
    ("Nabil", "نبيل"), ("Faisal", "فيصل"), ("Hamza", "حمزة"), ("Bilal", "بلال"), ("Amir", "أمير"),
    ("Walid", "وليد"), ("Rami", "رامي"), ("Ziad", "زياد"), ("Adel", "عادل"), ("Jamal", "جمال"),
    ("Saeed", "سعيد"), ("Said", "سعيد"), ("Salem", "سالم"), ("Sami", "سامي"), ("Yasser", "ياسر"),
    ("Hani", "هاني"), ("Majid", "ماجد"), ("Nasser", "ناصر"), ("Osama", "أسامة"), ("Fahd", "فهد"),
    ("Sultan", "سلطان"), ("Hamad", "حمد"), ("Rashid", "راشد"), ("Anas", "أنس"), ("Hisham", "هشام"),
    ("Imad", "عماد"), ("Mansour", "منصور"), ("Fadi", "فادي"), ("Ayman", "أيمن"), ("Marwan", "مروان"),
)  # fmt: skip
_ARABIC_F = (
    ("Fatima", "فاطمة"), ("Fatma", "فاطمة"), ("Aisha", "عائشة"), ("Aicha", "عائشة"), ("Maryam", "مريم"),
    ("Mariam", "مريم"), ("Khadija", "خديجة"), ("Zainab", "زينب"), ("Zeinab", "زينب"), ("Nour", "نور"),
    ("Noor", "نور"), ("Layla", "ليلى"), ("Leila", "ليلى"), ("Sara", "سارة"), ("Huda", "هدى"),
    ("Amal", "أمل"), ("Rania", "رانيا"), ("Yasmin", "ياسمين"), ("Hala", "هالة"), ("Salma", "سلمى"),
    ("Mona", "منى"), ("Dina", "دينا"), ("Reem", "ريم"), ("Lina", "لينا"), ("Noura", "نورة"),
    ("Samira", "سميرة"), ("Amira", "أميرة"), ("Asma", "أسماء"), ("Rasha", "رشا"), ("Jamila", "جميلة"),
    ("Latifa", "لطيفة"), ("Samar", "سمر"), ("Iman", "إيمان"), ("Ghada", "غادة"), ("Hanan", "حنان"),
    ("Wafa", "وفاء"), ("Nadia", "نادية"), ("Rana", "رنا"), ("Heba", "هبة"), ("Aya", "آية"),
)  # fmt: skip
_ARABIC_FAMILY = (
    ("Hassan", "حسن"), ("Ali", "علي"), ("Ahmed", "أحمد"), ("Mohamed", "محمد"), ("Ibrahim", "إبراهيم"),
    ("Mahmoud", "محمود"), ("Abdullah", "عبد الله"), ("Khalil", "خليل"), ("Haddad", "حداد"),
    ("Mansour", "منصور"), ("Nasser", "ناصر"), ("Saleh", "صالح"), ("Hamdan", "حمدان"),
    ("Khoury", "خوري"), ("Farah", "فرح"), ("Aziz", "عزيز"), ("Hussein", "حسين"), ("Youssef", "يوسف"),
    ("Othman", "عثمان"), ("Qasim", "قاسم"), ("Al-Masri", "المصري"), ("Al-Rashid", "الراشد"),
    ("Al-Hashimi", "الهاشمي"), ("Al-Amin", "الأمين"), ("Al-Khatib", "الخطيب"), ("Al-Najjar", "النجار"),
    ("Al-Sharif", "الشريف"), ("Al-Shami", "الشامي"), ("Al-Tamimi", "التميمي"),
    ("Al-Qahtani", "القحطاني"), ("Al-Otaibi", "العتيبي"), ("Al-Harbi", "الحربي"),
    ("Al-Zahrani", "الزهراني"), ("Al-Ghamdi", "الغامدي"), ("Al-Mutairi", "المطيري"),
    ("Al-Dosari", "الدوسري"), ("Al-Shehri", "الشهري"), ("Al-Maliki", "المالكي"), ("Al-Farsi", "الفارسي"),
    ("Al-Balushi", "البلوشي"), ("Bakr", "بكر"), ("Darwish", "درويش"), ("Habib", "حبيب"),
    ("Issa", "عيسى"), ("Jaber", "جابر"), ("Karam", "كرم"), ("Moussa", "موسى"), ("Sabbagh", "صباغ"),
    ("Salim", "سليم"), ("Suleiman", "سليمان"), ("Taha", "طه"), ("Zaki", "زكي"), ("Yassin", "ياسين"),
    ("Hamid", "حامد"), ("Rizk", "رزق"), ("Ghanem", "غانم"), ("Shaheen", "شاهين"), ("Nassar", "نصار"),
    ("Bitar", "بيطار"), ("Hijazi", "حجازي"), ("El-Sayed", "السيد"), ("Abdel-Rahman", "عبد الرحمن"),
)  # fmt: skip

_INDIAN_M = (
    "Rahul", "Amit", "Rajesh", "Suresh", "Ramesh", "Sanjay", "Vijay", "Anil", "Sunil", "Manoj", "Deepak",
    "Ashok", "Arun", "Ajay", "Vikram", "Rohit", "Sachin", "Nikhil", "Arjun", "Aditya", "Karan", "Rakesh",
    "Mahesh", "Ganesh", "Prakash", "Sandeep", "Pradeep", "Naveen", "Praveen", "Srinivas", "Venkatesh",
    "Krishna", "Gopal", "Harish", "Girish", "Vinod", "Pankaj", "Abhishek", "Ankit", "Gaurav", "Saurabh",
    "Varun", "Vivek", "Siddharth", "Aarav", "Vihaan", "Ishaan", "Ravi", "Kiran", "Mohan", "Raghav",
    "Anand", "Harpreet", "Gurpreet", "Manpreet", "Imran", "Arvind", "Dinesh", "Rajendra", "Satish",
    "Yogesh", "Kunal", "Tarun", "Sameer", "Ritesh", "Hemant",
)  # fmt: skip
_INDIAN_F = (
    "Priya", "Pooja", "Neha", "Anjali", "Sunita", "Anita", "Kavita", "Deepika", "Divya", "Swati",
    "Shweta", "Sneha", "Nisha", "Ritu", "Rekha", "Meena", "Lakshmi", "Lata", "Geeta", "Sita", "Radha",
    "Asha", "Usha", "Savita", "Suman", "Manisha", "Preeti", "Aishwarya", "Ananya", "Aditi", "Shreya",
    "Isha", "Kritika", "Megha", "Payal", "Sonia", "Sapna", "Jyoti", "Rani", "Padma", "Revathi", "Kavya",
    "Harini", "Nandini", "Simran", "Bhavna", "Shalini", "Tanvi", "Riya", "Jaspreet",
)  # fmt: skip
_INDIAN_FAMILY = (
    "Sharma", "Singh", "Kumar", "Patel", "Gupta", "Verma", "Shah", "Mehta", "Reddy", "Rao", "Naidu",
    "Iyer", "Iyengar", "Nair", "Menon", "Pillai", "Joshi", "Desai", "Kulkarni", "Deshpande", "Patil",
    "Jadhav", "Pawar", "Chavan", "Yadav", "Mishra", "Pandey", "Tiwari", "Dubey", "Shukla", "Tripathi",
    "Chaturvedi", "Srivastava", "Saxena", "Agarwal", "Bansal", "Goyal", "Jain", "Malhotra", "Kapoor",
    "Khanna", "Chopra", "Arora", "Bhatia", "Sethi", "Ahuja", "Gill", "Sandhu", "Dhillon", "Grewal",
    "Sidhu", "Chatterjee", "Banerjee", "Mukherjee", "Ghosh", "Bose", "Das", "Dutta", "Sen",
    "Chakraborty", "Roy", "Bhattacharya", "Krishnan", "Subramanian", "Venkataraman", "Raman",
    "Narayanan", "Srinivasan", "Chandra", "Prasad", "Thakur", "Chauhan", "Rathore", "Rajput", "Bhat",
    "Hegde", "Shetty", "Kamath", "Pai", "Naik", "Gowda", "Khan", "Ansari", "Qureshi", "Siddiqui",
    "Sheikh", "Fernandes", "D'Souza", "Pereira", "Thomas", "Varghese", "Mathew", "Kurian", "George",
)  # fmt: skip

# Chinese (mainland): Hanyu Pinyin, simplified characters.
_CHINESE_M = (
    ("Wei", "伟"), ("Qiang", "强"), ("Lei", "磊"), ("Jun", "军"), ("Yong", "勇"), ("Jie", "杰"),
    ("Tao", "涛"), ("Ming", "明"), ("Chao", "超"), ("Hao", "浩"), ("Jian", "健"), ("Bin", "斌"),
    ("Gang", "刚"), ("Peng", "鹏"), ("Hui", "辉"), ("Hua", "华"), ("Ping", "平"), ("Xin", "鑫"),
    ("Yu", "宇"), ("Long", "龙"), ("Bo", "博"), ("Kai", "凯"), ("Feng", "峰"), ("Liang", "亮"),
    ("Dong", "东"), ("Yang", "阳"), ("Jianhua", "建华"), ("Jianguo", "建国"), ("Zhiqiang", "志强"),
    ("Haiyang", "海洋"), ("Zhiwei", "志伟"), ("Xiaoming", "小明"), ("Wenjie", "文杰"),
    ("Haoran", "浩然"), ("Yuxuan", "宇轩"), ("Zihao", "子豪"), ("Junjie", "俊杰"), ("Jiahao", "家豪"),
    ("Tianyu", "天宇"), ("Yifan", "一帆"), ("Hongwei", "宏伟"), ("Guoqiang", "国强"),
    ("Jianjun", "建军"), ("Weidong", "卫东"), ("Xiaodong", "晓东"), ("Dawei", "大伟"),
    ("Yiming", "一鸣"), ("Zhenyu", "振宇"), ("Shuai", "帅"), ("Rui", "睿"), ("Jinlong", "金龙"),
    ("Haitao", "海涛"), ("Minghui", "明辉"), ("Wenbo", "文博"), ("Zhiming", "志明"), ("Guohua", "国华"),
)  # fmt: skip
_CHINESE_F = (
    ("Fang", "芳"), ("Na", "娜"), ("Min", "敏"), ("Jing", "静"), ("Li", "丽"), ("Yan", "艳"),
    ("Juan", "娟"), ("Xia", "霞"), ("Yan", "燕"), ("Ling", "玲"), ("Ting", "婷"), ("Hong", "红"),
    ("Xiuying", "秀英"), ("Xiulan", "秀兰"), ("Guiying", "桂英"), ("Yumei", "玉梅"), ("Lili", "丽丽"),
    ("Xiaoyan", "晓燕"), ("Hui", "慧"), ("Qian", "倩"), ("Jie", "洁"), ("Lan", "兰"), ("Mei", "梅"),
    ("Qing", "青"), ("Yun", "云"), ("Xue", "雪"), ("Dan", "丹"), ("Ying", "颖"), ("Wen", "雯"),
    ("Jia", "佳"), ("Shuang", "爽"), ("Lina", "丽娜"), ("Jingjing", "晶晶"), ("Yuting", "雨婷"),
    ("Zixuan", "梓萱"), ("Yutong", "雨桐"), ("Xinyi", "欣怡"), ("Meiling", "美玲"),
    ("Xiaohong", "晓红"), ("Hongmei", "红梅"), ("Yanping", "艳萍"), ("Lijuan", "丽娟"),
    ("Haiyan", "海燕"), ("Chunmei", "春梅"), ("Xiaoli", "晓丽"), ("Shufen", "淑芬"), ("Siqi", "思琪"),
    ("Mengqi", "梦琪"), ("Jiayi", "佳怡"), ("Shihan", "诗涵"), ("Xinyan", "欣妍"),
)  # fmt: skip
_CHINESE_FAMILY = (
    ("Wang", "王"), ("Li", "李"), ("Zhang", "张"), ("Liu", "刘"), ("Chen", "陈"), ("Yang", "杨"),
    ("Huang", "黄"), ("Zhao", "赵"), ("Wu", "吴"), ("Zhou", "周"), ("Xu", "徐"), ("Sun", "孙"),
    ("Ma", "马"), ("Zhu", "朱"), ("Hu", "胡"), ("Guo", "郭"), ("He", "何"), ("Lin", "林"), ("Gao", "高"),
    ("Luo", "罗"), ("Zheng", "郑"), ("Liang", "梁"), ("Xie", "谢"), ("Song", "宋"), ("Tang", "唐"),
    ("Han", "韩"), ("Feng", "冯"), ("Deng", "邓"), ("Cao", "曹"), ("Peng", "彭"), ("Zeng", "曾"),
    ("Xiao", "肖"), ("Tian", "田"), ("Dong", "董"), ("Pan", "潘"), ("Yuan", "袁"), ("Cai", "蔡"),
    ("Jiang", "蒋"), ("Yu", "余"), ("Yu", "于"), ("Du", "杜"), ("Ye", "叶"), ("Cheng", "程"),
    ("Wei", "魏"), ("Su", "苏"), ("Lyu", "吕"), ("Ding", "丁"), ("Ren", "任"), ("Lu", "卢"),
    ("Yao", "姚"), ("Shen", "沈"), ("Zhong", "钟"), ("Jiang", "姜"), ("Cui", "崔"), ("Tan", "谭"),
    ("Lu", "陆"), ("Fan", "范"), ("Wang", "汪"), ("Liao", "廖"), ("Shi", "石"), ("Jin", "金"),
    ("Wei", "韦"), ("Jia", "贾"), ("Xia", "夏"), ("Fu", "付"), ("Fang", "方"), ("Zou", "邹"),
    ("Xiong", "熊"), ("Bai", "白"), ("Meng", "孟"), ("Qin", "秦"), ("Qiu", "邱"), ("Hou", "侯"),
    ("Jiang", "江"), ("Yin", "尹"), ("Xue", "薛"), ("Yan", "闫"), ("Duan", "段"), ("Lei", "雷"),
    ("Long", "龙"), ("Li", "黎"), ("Shi", "史"), ("Tao", "陶"), ("He", "贺"), ("Mao", "毛"), ("Hao", "郝"),
    ("Gu", "顾"), ("Gong", "龚"), ("Shao", "邵"), ("Wan", "万"), ("Qian", "钱"), ("Yan", "严"),
    ("Lai", "赖"), ("Hong", "洪"), ("Wu", "武"), ("Mo", "莫"), ("Kong", "孔"),
)  # fmt: skip

# Hong Kong: Cantonese romanization as HK identity cards write it, traditional characters; many
# Hong Kong customers use an English given name (no Chinese form).
_HK_M = (
    ("Ka-ming", "家明"), ("Chi-keung", "志強"), ("Wai-man", "偉文"), ("Kwok-wai", "國偉"),
    ("Chun-kit", "俊傑"), ("Ho-yin", "浩賢"), ("Siu-ming", "小明"), ("Tai-man", "大文"),
    ("Wing-kin", "永健"), ("Kin-wai", "健偉"), ("Chi-wai", "志偉"), ("Man-kit", "文傑"),
    ("Wai-keung", "偉強"), ("Kam-wing", "錦榮"), ("Yiu-wah", "耀華"), ("Hon-ming", "漢明"),
    ("Chun-wai", "俊偉"), ("Tsz-hin", "梓軒"), ("Ho-lam", "浩霖"), ("Cheuk-hei", "卓熙"),
    ("Ka-lok", "家樂"), ("Tsz-kin", "子健"), ("Ka-chun", "嘉俊"), ("Wai-yip", "偉業"),
    "Raymond", "Kelvin", "Kenneth", "Alan", "Eric", "Vincent", "Wilson", "Jason", "Peter", "Ivan",
)  # fmt: skip
_HK_F = (
    ("Mei-ling", "美玲"), ("Wing-yan", "詠欣"), ("Ka-yan", "嘉欣"), ("Siu-wai", "小慧"),
    ("Suk-fan", "淑芬"), ("Lai-ying", "麗英"), ("Mei-kuen", "美娟"), ("Wai-ling", "慧玲"),
    ("Hoi-yan", "凱欣"), ("Pui-yee", "佩儀"), ("Sze-wing", "詩穎"), ("Yuen-ting", "婉婷"),
    ("Man-yee", "敏儀"), ("Ka-man", "嘉敏"), ("Hiu-tung", "曉彤"), ("Lok-yi", "樂怡"),
    ("Tsz-ching", "芷晴"), ("Oi-lin", "愛蓮"), ("Sau-ling", "秀玲"), ("Kit-ying", "潔瑩"),
    ("Yee-man", "綺雯"),
    "Winnie", "Carmen", "Cecilia", "Grace", "Karen", "Mandy", "Vivian", "Cindy", "Phoebe", "Joyce",
)  # fmt: skip
_HK_FAMILY = (
    ("Chan", "陳"), ("Wong", "黃"), ("Lee", "李"), ("Cheung", "張"), ("Lau", "劉"), ("Wong", "王"),
    ("Ho", "何"), ("Ng", "吳"), ("Leung", "梁"), ("Lam", "林"), ("Cheng", "鄭"), ("Yeung", "楊"),
    ("Tang", "鄧"), ("Chow", "周"), ("Lai", "黎"), ("Tsang", "曾"), ("Kwok", "郭"), ("Fung", "馮"),
    ("Yip", "葉"), ("Choi", "蔡"), ("Lo", "羅"), ("Law", "羅"), ("Mak", "麥"), ("Tse", "謝"),
    ("Chu", "朱"), ("Siu", "蕭"), ("Kwan", "關"), ("Tam", "譚"), ("Ma", "馬"), ("Yu", "余"),
    ("Poon", "潘"), ("So", "蘇"), ("Hui", "許"), ("Chung", "鍾"), ("Ko", "高"), ("Fong", "方"),
    ("Man", "文"), ("Luk", "陸"), ("Tong", "唐"), ("Kong", "江"), ("Wan", "溫"), ("Shum", "岑"),
    ("Au", "區"), ("Lui", "呂"), ("Yuen", "袁"), ("Chiu", "趙"), ("Hung", "洪"), ("Pang", "彭"),
    ("Tsui", "徐"), ("Koo", "顧"), ("Yau", "邱"), ("Lok", "駱"),
)  # fmt: skip

# Taiwan: Wade-Giles as Taiwanese passports long wrote it, traditional characters.
_TW_M = (
    ("Chia-hao", "家豪"), ("Chih-ming", "志明"), ("Cheng-han", "承翰"), ("Chun-chieh", "俊傑"),
    ("Wei-ting", "威廷"), ("Yu-hsiang", "宇翔"), ("Chien-hung", "建宏"), ("Kuan-yu", "冠宇"),
    ("Po-yu", "柏宇"), ("Tsung-han", "宗翰"), ("Chih-hao", "志豪"), ("Jen-chieh", "仁傑"),
    ("Ming-hui", "明輝"), ("Chun-hung", "俊宏"), ("Kuo-hua", "國華"), ("Wen-hsiung", "文雄"),
    ("Chin-lung", "金龍"), ("Shih-chieh", "世傑"), ("Yu-chen", "宇辰"), ("Chia-wei", "家瑋"),
    ("Tzu-hao", "子豪"), ("Hsin-hung", "信宏"), ("Ming-chang", "明昌"),
)  # fmt: skip
_TW_F = (
    ("Shu-fen", "淑芬"), ("Mei-ling", "美玲"), ("Ya-ting", "雅婷"), ("Yi-ting", "怡婷"),
    ("Hsin-yi", "欣怡"), ("Shu-hua", "淑華"), ("Li-hua", "麗華"), ("Yu-ting", "雨婷"),
    ("Pei-shan", "佩珊"), ("Hui-ling", "慧玲"), ("Chia-hui", "佳慧"), ("Shu-chen", "淑貞"),
    ("Mei-hua", "美華"), ("Hsiao-ling", "曉玲"), ("Yi-chun", "怡君"), ("Chia-ying", "佳穎"),
    ("Pei-yu", "佩瑜"), ("Wan-ting", "婉婷"), ("Hsiu-ying", "秀英"), ("Ya-wen", "雅雯"),
    ("Shu-ting", "淑婷"), ("Chia-chi", "佳琪"),
)  # fmt: skip
_TW_FAMILY = (
    ("Chen", "陳"), ("Lin", "林"), ("Huang", "黃"), ("Chang", "張"), ("Li", "李"), ("Wang", "王"),
    ("Wu", "吳"), ("Liu", "劉"), ("Tsai", "蔡"), ("Yang", "楊"), ("Hsu", "許"), ("Cheng", "鄭"),
    ("Hsieh", "謝"), ("Kuo", "郭"), ("Hung", "洪"), ("Chiu", "邱"), ("Tseng", "曾"), ("Liao", "廖"),
    ("Lai", "賴"), ("Chou", "周"), ("Hsu", "徐"), ("Su", "蘇"), ("Yeh", "葉"), ("Chuang", "莊"),
    ("Lu", "呂"), ("Chiang", "江"), ("Ho", "何"), ("Hsiao", "蕭"), ("Lo", "羅"), ("Kao", "高"),
    ("Chien", "簡"), ("Chu", "朱"), ("Chung", "鍾"), ("Shih", "施"), ("Peng", "彭"), ("Yu", "游"),
    ("Fu", "傅"), ("Tsao", "曹"), ("Chan", "詹"), ("Pan", "潘"), ("Tu", "杜"), ("Tai", "戴"),
    ("Fan", "范"), ("Sung", "宋"), ("Fang", "方"),
)  # fmt: skip

# South Korean names as South Koreans romanize them (surname spellings of passports, given names in
# Revised Romanization or its common variants), with their Hangul. Surname weights are rough shares
# (basis points) of the 2015 South Korean census, split between spellings of the same name.
_KOREAN_M = (
    ("Min-jun", "민준"), ("Seo-jun", "서준"), ("Do-yun", "도윤"), ("Ye-jun", "예준"), ("Si-woo", "시우"),
    ("Ha-jun", "하준"), ("Ju-won", "주원"), ("Ji-ho", "지호"), ("Ji-hoon", "지훈"), ("Jun-woo", "준우"),
    ("Jun-seo", "준서"), ("Hyun-woo", "현우"), ("Geon-woo", "건우"), ("Woo-jin", "우진"),
    ("Seung-hyun", "승현"), ("Ji-hwan", "지환"), ("Sung-min", "성민"), ("Jae-won", "재원"),
    ("Dong-hyun", "동현"), ("Jae-hyun", "재현"), ("Min-ho", "민호"), ("Jin-woo", "진우"),
    ("Sang-woo", "상우"), ("Young-ho", "영호"), ("Young-soo", "영수"), ("Young-jin", "영진"),
    ("Jung-ho", "정호"), ("Sung-ho", "성호"), ("Jae-ho", "재호"), ("Kwang-ho", "광호"),
    ("Sang-hoon", "상훈"), ("Seung-woo", "승우"), ("Min-seok", "민석"), ("Hyun-jun", "현준"),
    ("Jun-ho", "준호"), ("Dong-hoon", "동훈"), ("Jong-min", "종민"), ("Tae-hyun", "태현"),
    ("Ki-tae", "기태"), ("Byung-chul", "병철"), ("Sang-chul", "상철"), ("Dae-sung", "대성"),
    ("Hyun-soo", "현수"), ("Jae-sung", "재성"), ("Chang-min", "창민"), ("Jun-young", "준영"),
    ("Seok-jin", "석진"), ("Yong-jun", "용준"), ("Jin-ho", "진호"), ("Tae-woo", "태우"),
    ("Sung-jin", "성진"), ("Min-woo", "민우"), ("Jae-min", "재민"), ("Kyung-soo", "경수"),
    ("Sang-min", "상민"), ("Hyun-seok", "현석"), ("Won-jun", "원준"), ("Do-hyun", "도현"),
    ("Eun-woo", "은우"), ("Yu-jun", "유준"), ("Jung-woo", "정우"), ("Seung-min", "승민"),
    ("In-ho", "인호"), ("Dong-wook", "동욱"), ("Tae-yoon", "태윤"), ("Si-hyun", "시현"),
    ("Jae-hoon", "재훈"), ("Seong-hoon", "성훈"), ("Young-hwan", "영환"), ("Myung-soo", "명수"),
)  # fmt: skip
_KOREAN_F = (
    ("Seo-yeon", "서연"), ("Seo-yun", "서윤"), ("Ji-woo", "지우"), ("Seo-hyun", "서현"),
    ("Min-seo", "민서"), ("Ha-eun", "하은"), ("Ha-yoon", "하윤"), ("Yoon-seo", "윤서"),
    ("Ji-yoo", "지유"), ("Chae-won", "채원"), ("Ji-min", "지민"), ("Su-ah", "수아"), ("Ji-a", "지아"),
    ("Da-eun", "다은"), ("Eun-ji", "은지"), ("Ye-eun", "예은"), ("Soo-min", "수민"), ("Ji-yeon", "지연"),
    ("Hye-jin", "혜진"), ("Eun-young", "은영"), ("Mi-kyung", "미경"), ("Mi-young", "미영"),
    ("Hyun-joo", "현주"), ("Ji-hye", "지혜"), ("Ji-eun", "지은"), ("Yoo-jin", "유진"), ("Min-ji", "민지"),
    ("Soo-jin", "수진"), ("Eun-jung", "은정"), ("Yeon-hee", "연희"), ("Young-hee", "영희"),
    ("Mi-sook", "미숙"), ("Kyung-hee", "경희"), ("Sun-young", "선영"), ("Hye-won", "혜원"),
    ("Na-yeon", "나연"), ("So-yeon", "소연"), ("Ga-eun", "가은"), ("Yu-na", "유나"), ("Hae-won", "해원"),
    ("Da-in", "다인"), ("Su-bin", "수빈"), ("Ye-jin", "예진"), ("Ji-won", "지원"), ("Hyo-jin", "효진"),
    ("Mi-jin", "미진"), ("Sun-hee", "선희"), ("Eun-hye", "은혜"), ("Jin-hee", "진희"), ("So-hee", "소희"),
    ("Bo-ra", "보라"), ("Ha-na", "하나"), ("Eun-seo", "은서"), ("Seo-ah", "서아"), ("A-rin", "아린"),
    ("Ye-rin", "예린"), ("Hye-sun", "혜선"), ("Myung-sook", "명숙"), ("Jung-sook", "정숙"),
    ("Soon-ja", "순자"), ("Young-ja", "영자"), ("Ok-soon", "옥순"), ("Kyung-ja", "경자"),
    ("Mi-ran", "미란"),
)  # fmt: skip
_KOREAN_FAMILY = (
    ("Kim", "김", 2150), ("Lee", "이", 1330), ("Yi", "이", 100), ("Rhee", "이", 20), ("Park", "박", 800),
    ("Pak", "박", 25), ("Bak", "박", 15), ("Choi", "최", 450), ("Choe", "최", 20), ("Jung", "정", 250),
    ("Chung", "정", 100), ("Jeong", "정", 80), ("Kang", "강", 220), ("Gang", "강", 10),
    ("Cho", "조", 170), ("Jo", "조", 40), ("Yoon", "윤", 160), ("Yun", "윤", 50), ("Jang", "장", 150),
    ("Chang", "장", 50), ("Lim", "임", 130), ("Im", "임", 40), ("Han", "한", 150), ("Oh", "오", 150),
    ("Seo", "서", 140), ("Suh", "서", 10), ("Shin", "신", 130), ("Sin", "신", 10), ("Kwon", "권", 140),
    ("Hwang", "황", 140), ("Ahn", "안", 120), ("An", "안", 20), ("Song", "송", 130), ("Jeon", "전", 90),
    ("Jun", "전", 20), ("Hong", "홍", 110), ("Yoo", "유", 60), ("Yu", "유", 50), ("Ryu", "류", 30),
    ("Ko", "고", 60), ("Koh", "고", 20), ("Go", "고", 10), ("Moon", "문", 90), ("Yang", "양", 90),
    ("Son", "손", 90), ("Bae", "배", 80), ("Baek", "백", 70), ("Paik", "백", 10), ("Heo", "허", 60),
    ("Huh", "허", 10), ("Nam", "남", 55), ("Shim", "심", 55), ("Noh", "노", 30), ("Roh", "노", 15),
    ("Ha", "하", 45), ("Kwak", "곽", 40), ("Sung", "성", 40), ("Cha", "차", 40), ("Joo", "주", 40),
    ("Woo", "우", 40), ("Koo", "구", 40), ("Min", "민", 35), ("Na", "나", 30), ("Jin", "진", 30),
    ("Ji", "지", 30), ("Uhm", "엄", 30), ("Chae", "채", 25), ("Won", "원", 25), ("Cheon", "천", 25),
    ("Bang", "방", 20), ("Kong", "공", 20), ("Hyun", "현", 20), ("Ham", "함", 18), ("Byun", "변", 18),
    ("Yeom", "염", 15), ("Yeo", "여", 15), ("Choo", "추", 12), ("Do", "도", 12), ("So", "소", 10),
    ("Seok", "석", 10), ("Sun", "선", 10), ("Seol", "설", 10), ("Ma", "마", 8), ("Gil", "길", 8),
    ("Yeon", "연", 8), ("Wi", "위", 6), ("Pyo", "표", 6), ("Myung", "명", 6), ("Ki", "기", 6),
    ("Ban", "반", 5), ("Wang", "왕", 5), ("Geum", "금", 5), ("Ok", "옥", 5), ("Yook", "육", 5),
    ("In", "인", 5), ("Maeng", "맹", 5), ("Je", "제", 5), ("Mo", "모", 4), ("Tak", "탁", 4),
    ("Kook", "국", 4),
)  # fmt: skip

# Vietnamese: given names carry the middle name ("Van Hung", "Thi Mai"), so "Given Family" gives
# the Western order ("Van Hung Nguyen") and "Family Given" the Vietnamese one ("Nguyen Van Hung").
# Surname weights: rough shares in per mille (Nguyen alone is about 38%).
_VIETNAMESE_M = (
    "Van Hung", "Van Minh", "Van Nam", "Van Tuan", "Van Dung", "Van Thanh", "Van Hai", "Van Long",
    "Van Phuc", "Van Son", "Duc Anh", "Duc Minh", "Duc Thang", "Minh Tuan", "Minh Duc", "Minh Khoa",
    "Minh Quan", "Quoc Bao", "Quoc Huy", "Quoc Viet", "Hoang Nam", "Hoang Long", "Thanh Tung",
    "Thanh Hai", "Huu Phuoc", "Huu Nghia", "Gia Huy", "Tien Dung", "Trung Kien", "Quang Huy",
    "Xuan Truong", "Cong Vinh", "Dinh Khang", "Bao Long", "Nhat Minh", "Anh Tuan", "Khanh Duy",
    "Tan Phat", "Trong Nghia", "Hai Dang",
)  # fmt: skip
_VIETNAMESE_F = (
    "Thi Mai", "Thi Lan", "Thi Hoa", "Thi Huong", "Thi Thu", "Thi Hang", "Thi Nga", "Thi Ha",
    "Thi Linh", "Thi Trang", "Thi Thuy", "Thi Phuong", "Thi Hong", "Thi Dung", "Thi Ngoc", "Ngoc Anh",
    "Ngoc Lan", "Ngoc Han", "Thu Trang", "Thu Ha", "Thanh Huong", "Thanh Thuy", "Phuong Anh",
    "Phuong Linh", "Minh Chau", "Minh Anh", "Bao Ngoc", "Bao Tran", "Kim Ngan", "Hong Nhung",
    "Hoai Thu", "Khanh Linh", "My Duyen", "Diem My", "Tuyet Mai", "Quynh Anh", "Hai Yen", "Lan Anh",
    "Thao Vy",
)  # fmt: skip
_VIETNAMESE_FAMILY = (
    ("Nguyen", None, 380), ("Tran", None, 110), ("Le", None, 95), ("Pham", None, 71),
    ("Hoang", None, 51), ("Huynh", None, 51), ("Phan", None, 45), ("Vu", None, 39), ("Vo", None, 25),
    ("Dang", None, 21), ("Bui", None, 20), ("Do", None, 14), ("Ho", None, 13), ("Ngo", None, 13),
    ("Duong", None, 10), ("Truong", None, 10), ("Dinh", None, 10), ("Ly", None, 5), ("Lam", None, 5),
    ("Mai", None, 5), ("Trinh", None, 5), ("Doan", None, 4), ("Luong", None, 4), ("Cao", None, 3),
    ("Ha", None, 3), ("Ta", None, 2), ("La", None, 2), ("Chau", None, 2), ("Thai", None, 2),
    ("Chu", None, 2), ("Phung", None, 2), ("Kieu", None, 1), ("Tang", None, 1), ("Quach", None, 1),
    ("Tong", None, 1), ("Vuong", None, 1), ("Trieu", None, 1), ("Lai", None, 1),
)  # fmt: skip

_JAPANESE_M = (
    "Hiroshi", "Takashi", "Akira", "Kenji", "Makoto", "Takeshi", "Satoshi", "Kazuo", "Yuki", "Daisuke",
    "Kenta", "Shota", "Haruto", "Yuto", "Sota", "Ren", "Minato", "Hinata", "Riku", "Kaito", "Yusuke",
    "Naoki", "Kazuki", "Tomoya", "Ryota", "Shinji", "Masahiro", "Tetsuya", "Koji", "Hideki", "Yoshio",
    "Toshio", "Shigeru", "Osamu", "Taro", "Ichiro", "Kenichi", "Hayato", "Sho", "Tsubasa",
)  # fmt: skip
_JAPANESE_F = (
    "Yoko", "Keiko", "Yuko", "Tomoko", "Akiko", "Kyoko", "Naoko", "Sachiko", "Michiko", "Emi", "Yumi",
    "Ayumi", "Mai", "Yui", "Aoi", "Sakura", "Hina", "Himari", "Mio", "Rin", "Yuna", "Miyu", "Haruka",
    "Misaki", "Nanami", "Ai", "Kaori", "Megumi", "Junko", "Noriko", "Mariko", "Chika", "Asuka", "Rika",
    "Saki", "Erika", "Aya", "Natsuki", "Momoka", "Kanako",
)  # fmt: skip
_JAPANESE_FAMILY = (
    "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi",
    "Kato", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue", "Kimura", "Hayashi",
    "Shimizu", "Yamazaki", "Mori", "Abe", "Ikeda", "Hashimoto", "Yamashita", "Ishikawa", "Nakajima",
    "Maeda", "Fujita", "Ogawa", "Goto", "Okada", "Hasegawa", "Murakami", "Kondo", "Ishii", "Saito",
    "Sakamoto", "Endo", "Aoki", "Fujii", "Nishimura", "Fukuda", "Ota", "Miura", "Fujiwara", "Okamoto",
    "Matsuda", "Nakagawa", "Nakano", "Harada", "Ono", "Tamura", "Takeuchi", "Kaneko", "Wada",
    "Nakayama", "Ishida", "Ueda", "Morita", "Hara", "Shibata", "Sakai", "Kudo", "Yokoyama", "Miyazaki",
    "Miyamoto", "Uchida", "Takagi", "Ando", "Taniguchi", "Ohno", "Maruyama", "Imai", "Takada",
    "Fujimoto", "Takeda", "Murata", "Ueno", "Sugiyama", "Masuda", "Sugawara", "Hirano", "Otsuka",
    "Chiba", "Kubo", "Matsui", "Iwasaki", "Sakurai", "Kinoshita", "Noguchi", "Matsuo", "Nomura",
    "Kikuchi", "Sano", "Onishi", "Sugimoto", "Arai",
)  # fmt: skip

_FILIPINO_M = (
    "Jose", "Juan", "Mark", "John Paul", "Michael", "Jerome", "Christian", "Angelo", "Carlo", "Ramon",
    "Rodrigo", "Eduardo", "Roberto", "Antonio", "Manuel", "Ricardo", "Fernando", "Romeo", "Rolando",
    "Danilo", "Arnel", "Jomar", "Renato", "Rogelio", "Reynaldo", "Ernesto", "Jericho", "Paolo",
    "Francis", "Kenneth", "Jayson", "Joel", "Noel", "Ryan", "Jeffrey", "Allan", "Rommel", "Nestor",
    "Efren", "Marvin",
)  # fmt: skip
_FILIPINO_F = (
    "Maria", "Ana", "Maricel", "Marites", "Rosario", "Kristine", "Angelica", "Jennifer", "Michelle",
    "Mary Grace", "Mary Joy", "Jocelyn", "Marilou", "Lorna", "Rowena", "Teresita", "Erlinda",
    "Cristina", "Jasmine", "Joanna", "Camille", "Princess", "Leah", "Rhea", "Lovely", "Analyn",
    "Rosemarie", "Charmaine", "Gemma", "Divina", "Corazon", "Evangeline", "Josephine", "Liza", "Myrna",
    "Nenita", "Shiela", "Janine", "Aileen", "Maribel",
)  # fmt: skip
_FILIPINO_FAMILY = (
    "Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Torres", "Tomas", "Andrada",
    "Castillo", "Flores", "Villanueva", "Ramos", "Castro", "Rivera", "Aquino", "Navarro", "Salazar",
    "Mercado", "Aguilar", "De Leon", "Dela Cruz", "De Guzman", "Del Rosario", "Gonzales", "Lopez",
    "Hernandez", "Perez", "Fernandez", "Dizon", "Pascual", "Manalo", "Soriano", "Domingo", "Valdez",
    "Gutierrez", "Santiago", "Lim", "Tan", "Sy", "Go", "Panganiban", "Macaraeg", "Dimaculangan",
    "Magbanua", "Bernardo", "Sarmiento", "Manalastas", "Mangubat", "Lacson", "Quiambao", "Evangelista",
    "Samonte", "Tolentino", "Cabrera", "Padilla", "Lozada", "Marquez", "Enriquez",
)  # fmt: skip

_NIGERIAN_M = (
    "Chukwuemeka", "Emeka", "Oluwaseun", "Olumide", "Adebayo", "Babatunde", "Tunde", "Chinedu",
    "Ifeanyi", "Obinna", "Nnamdi", "Uche", "Ikenna", "Kelechi", "Chidi", "Segun", "Femi", "Kayode",
    "Ayodele", "Olusegun", "Abiodun", "Yusuf", "Ibrahim", "Musa", "Aliyu", "Abubakar", "Sani", "Usman",
    "Garba", "Emmanuel", "Daniel", "Samuel", "David", "John", "Michael", "Godwin", "Sunday", "Victor",
    "Peter", "Joseph", "Tochukwu", "Oluwafemi", "Gbenga", "Rotimi", "Damilola",
)  # fmt: skip
_NIGERIAN_F = (
    "Ngozi", "Chioma", "Adaeze", "Amaka", "Chiamaka", "Nneka", "Ifeoma", "Uchechi", "Folake",
    "Funmilayo", "Funke", "Yetunde", "Adenike", "Bukola", "Titilayo", "Omolara", "Oluwakemi",
    "Temitope", "Aisha", "Fatima", "Hauwa", "Zainab", "Amina", "Blessing", "Grace", "Esther", "Mary",
    "Comfort", "Patience", "Joy", "Precious", "Peace", "Gift", "Favour", "Abimbola", "Kehinde", "Taiwo",
    "Halima", "Hadiza", "Ebere",
)  # fmt: skip
_NIGERIAN_FAMILY = (
    "Okafor", "Okeke", "Okonkwo", "Eze", "Nwosu", "Obi", "Nwachukwu", "Okoro", "Chukwu", "Onyeka",
    "Ugwu", "Adeyemi", "Adebayo", "Ogunleye", "Oyelaran", "Ogunbanjo", "Adewale", "Afolabi", "Akinola",
    "Oladipo", "Olawale", "Balogun", "Bello", "Ibrahim", "Abubakar", "Mohammed", "Musa", "Suleiman",
    "Yusuf", "Aliyu", "Usman", "Danjuma", "Okoye", "Nwankwo", "Ezeh", "Anyanwu", "Obiora", "Nnadi",
    "Ogbonna", "Ojo", "Olaniyan", "Oyewole", "Fashola", "Adeleke", "Oyebanji", "Akande", "Ekwueme",
    "Igwe", "Uzor", "Agu", "Emenike", "Adekunle", "Ajayi", "Ogundipe", "Osagie", "Idahosa",
    "Edosomwan", "Etim", "Bassey", "Effiong", "Akpan", "Udo", "Okon",
)  # fmt: skip

_TURKISH_M = (
    "Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf",
    "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah", "Mahmut", "Recep", "Salih", "Fatih",
    "Emre", "Burak", "Serkan", "Kemal", "Cem", "Can", "Kerem", "Onur", "Tolga", "Volkan", "Barış",
    "Erkan", "Hakan", "Okan", "Oğuz", "Selim", "Tuncay", "Umut", "Yasin", "Eren", "Berk", "Arda", "Efe",
    "Emir", "Mert",
)  # fmt: skip
_TURKISH_F = (
    "Fatma", "Ayşe", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Zehra", "Sultan",
    "Hanife", "Merve", "Özlem", "Esra", "Yasemin", "Hülya", "Leyla", "Aysel", "Gül", "Derya", "Ebru",
    "Sibel", "Büşra", "Tuğba", "Gamze", "Seda", "Selin", "Deniz", "Ece", "İrem", "Defne", "Ecrin", "Nur",
    "Aslı", "Burcu", "Canan", "Dilek", "Gizem", "Pınar", "Melek",
)  # fmt: skip
_TURKISH_FAMILY = (
    "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir",
    "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat",
    "Özcan", "Korkmaz", "Çakır", "Erdoğan", "Yavuz", "Can", "Acar", "Şen", "Aktaş", "Güler", "Yalçın",
    "Güneş", "Bozkurt", "Bulut", "Keskin", "Ünal", "Turan", "Gül", "Özer", "Işık", "Kaplan", "Avcı",
    "Sarı", "Tekin", "Taş", "Köse", "Yüksel", "Ateş", "Aksoy", "Karaca", "Uçar", "Güven", "Akın",
    "Tunç", "Demirci", "Başaran", "Uysal", "Kocabaş",
)  # fmt: skip

_PERSIAN_M = (
    "Mohammad", "Ali", "Reza", "Hossein", "Mehdi", "Hamid", "Hassan", "Amir", "Saeed", "Majid",
    "Mahmoud", "Javad", "Ahmad", "Abbas", "Mostafa", "Morteza", "Behzad", "Babak", "Dariush", "Kaveh",
    "Farhad", "Arash", "Omid", "Payam", "Pouya", "Siavash", "Kourosh", "Bijan", "Navid", "Shahram",
    "Ramin", "Kamran", "Parviz", "Masoud", "Nima", "Mohammad Reza", "Mohammad Ali", "Amir Hossein",
    "Alireza", "Hamidreza",
)  # fmt: skip
_PERSIAN_F = (
    "Fatemeh", "Zahra", "Maryam", "Masoumeh", "Zeinab", "Narges", "Leila", "Sara", "Shirin", "Parisa",
    "Mahsa", "Nasrin", "Azadeh", "Roya", "Mina", "Neda", "Ladan", "Shabnam", "Fereshteh", "Golnaz",
    "Niloufar", "Yasaman", "Bahar", "Samira", "Farzaneh", "Elham", "Haleh", "Mitra", "Soheila",
    "Tahereh", "Setareh", "Parvin", "Azar", "Simin", "Nazanin", "Negar", "Sepideh", "Ziba", "Mahnaz",
    "Shiva",
)  # fmt: skip
_PERSIAN_FAMILY = (
    "Mohammadi", "Hosseini", "Ahmadi", "Rezaei", "Moradi", "Karimi", "Hashemi", "Mousavi", "Jafari",
    "Rahimi", "Sadeghi", "Ghasemi", "Kazemi", "Alavi", "Rostami", "Heidari", "Akbari", "Ebrahimi",
    "Amini", "Zamani", "Abbasi", "Nazari", "Mirzaei", "Soltani", "Tehrani", "Esfahani", "Shirazi",
    "Tabrizi", "Farahani", "Kermani", "Ansari", "Bagheri", "Najafi", "Salehi", "Asadi", "Ghorbani",
    "Yousefi", "Hosseinzadeh", "Alizadeh", "Hassanzadeh", "Rahmani", "Jalali", "Sharifi", "Kamali",
    "Nikzad", "Farhadi", "Mahmoudi", "Azizi", "Bahrami", "Khosravi", "Afshar", "Pahlavan", "Navabi",
    "Sabeti", "Kashani", "Javadi", "Dehghan", "Ranjbar",
)  # fmt: skip

# --- Organizations --------------------------------------------------------------------------------
# A template is a sequence of slots (column names) and literal text.
_ORG_TEMPLATES = (
    ("place", " ", "sector", " ", "legal"),  # Hamburg Logistik GmbH
    ("word", " ", "sector", " ", "legal"),  # Summit Consulting LLC
    ("family", " ", "sector", " ", "legal"),  # Müller Maschinenbau GmbH
    ("family", " & ", "family2", " ", "legal"),  # Smith & Jones LLP
    ("place", " ", "word", " ", "sector", " ", "legal"),  # Shenzhen Huaxin Electronic Technology Co., Ltd.
    ("legal", ' "', "place", "-", "sector", '"'),  # OOO "Ural-Stroy"
    ("legal", ' "', "word", '"'),  # OOO "Rassvet"
    ("word", " ", "legal"),  # Hanbit Co., Ltd.
)
_ORG_SLOTS = ("place", "word", "sector", "legal", "family", "family2")
_T_PLACE, _T_WORD, _T_FAMILY, _T_FAMILIES, _T_PLACE_WORD, _T_QUOTED, _T_QUOTED_WORD, _T_WORD_LEGAL = range(8)


@dataclass(frozen=True)
class _OrgVocabulary:
    places: tuple
    words: tuple
    sectors: tuple
    legal: tuple  # (form, weight)
    templates: tuple  # (template, weight)


_EN_SECTORS = (
    "Logistics", "Consulting", "Holdings", "Capital", "Partners", "Solutions", "Systems",
    "Technologies", "Construction", "Properties", "Realty", "Services", "Trading", "Supply", "Foods",
    "Industries", "Manufacturing", "Engineering", "Media", "Software", "Analytics", "Health", "Energy",
    "Transport", "Imports", "Distribution", "Marketing", "Design", "Ventures", "Investments",
)  # fmt: skip

_ORG_ENGLISH = _OrgVocabulary(
    places=("London", "Manchester", "Chicago", "Boston", "Dallas", "Austin", "Denver", "Seattle",
            "Phoenix", "Atlanta", "Houston", "Portland", "Toronto", "Glasgow", "Bristol", "Leeds"),
    words=("Atlantic", "Pacific", "Northern", "Southern", "Midwest", "Lakeside", "Riverside", "Hillcrest",
           "Bayview", "Summit", "Evergreen", "Granite", "Redwood", "Cedar", "Oakwood", "Harbor", "Coastal",
           "Metro", "Liberty", "Pioneer", "Frontier", "Keystone", "Heartland", "Prairie", "Cascade",
           "Bluewater", "Silverline", "Ironwood", "Blue Ridge", "Northstar"),
    sectors=_EN_SECTORS,
    legal=(("LLC", 35), ("Inc.", 30), ("Ltd", 15), ("Limited", 5), ("Corp.", 5), ("Co.", 3),
           ("LLP", 3), ("PLC", 2), ("L.P.", 2)),
    templates=((_T_PLACE, 25), (_T_WORD, 35), (_T_FAMILY, 20), (_T_FAMILIES, 10), (_T_WORD_LEGAL, 10)),
)  # fmt: skip
_ORG_HISPANIC = _OrgVocabulary(
    places=("Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Málaga", "Monterrey", "Guadalajara",
            "Bogotá", "Medellín", "Lima", "Santiago", "Buenos Aires", "Caribe", "Andina", "Pacífico",
            "Atlántico", "Ibérica", "Levante"),
    words=("Sol", "Luna", "Estrella", "Águila", "Cóndor", "Horizonte", "Aurora", "Alianza", "Progreso",
           "Unión", "Centro", "Norte", "Sur", "Oriente", "Delta", "Nueva Era", "Vista Alegre"),
    sectors=("Construcciones", "Transportes", "Inversiones", "Comercial", "Distribuidora", "Servicios",
             "Inmobiliaria", "Logística", "Importaciones", "Consultores", "Alimentos", "Textiles",
             "Ingeniería", "Agrícola", "Hermanos"),
    legal=(("S.A.", 25), ("S.L.", 25), ("S.A. de C.V.", 20), ("S.A.S.", 10), ("S. de R.L. de C.V.", 8),
           ("Ltda.", 7), ("SpA", 5)),
    templates=((_T_PLACE, 20), (_T_WORD, 25), (_T_FAMILY, 30), (_T_FAMILIES, 10), (_T_WORD_LEGAL, 15)),
)  # fmt: skip
_ORG_GERMAN = _OrgVocabulary(
    places=("Berlin", "Hamburg", "München", "Köln", "Frankfurt", "Stuttgart", "Düsseldorf", "Leipzig",
            "Dresden", "Hannover", "Nürnberg", "Bremen", "Bayerische", "Rheinische", "Westfälische",
            "Sächsische", "Hanseatische"),
    words=("Alpen", "Sonnen", "Adler", "Falken", "Löwen", "Eichen", "Linden", "Stern", "Kristall",
           "Nova", "Prima", "Optima", "Nordlicht", "Bergland"),
    sectors=("Logistik", "Maschinenbau", "Bau", "Handel", "Immobilien", "Beratung", "Elektrotechnik",
             "Metallbau", "Transporte", "Automobile", "Software", "Medizintechnik", "Lebensmittel",
             "Energietechnik", "Spedition", "Holzbau", "Druckerei", "Reisen", "Verlag"),
    legal=(("GmbH", 60), ("GmbH & Co. KG", 15), ("AG", 8), ("KG", 5), ("e.K.", 4),
           ("UG (haftungsbeschränkt)", 5), ("OHG", 3)),
    templates=((_T_PLACE, 20), (_T_WORD, 20), (_T_FAMILY, 40), (_T_FAMILIES, 10), (_T_WORD_LEGAL, 10)),
)  # fmt: skip
_ORG_FRENCH = _OrgVocabulary(
    places=("Paris", "Lyon", "Marseille", "Toulouse", "Bordeaux", "Lille", "Nantes", "Nice", "Strasbourg",
            "Rennes", "Montpellier", "Grenoble", "Provence", "Bretagne", "Normandie", "Alsace",
            "Atlantique"),
    words=("Horizon", "Soleil", "Étoile", "Azur", "Lumière", "Avenir", "Alliance", "Renouveau", "Ouest",
           "Centrale", "Générale", "Nouvelle Vague"),
    sectors=("Transports", "Bâtiment", "Immobilier", "Conseil", "Distribution", "Services",
             "Informatique", "Ingénierie", "Logistique", "Import Export", "Négoce", "Construction",
             "Patrimoine", "Énergie"),
    legal=(("SAS", 35), ("SARL", 35), ("SA", 10), ("EURL", 8), ("SASU", 8), ("SCI", 4)),
    templates=((_T_PLACE, 25), (_T_WORD, 25), (_T_FAMILY, 30), (_T_FAMILIES, 10), (_T_WORD_LEGAL, 10)),
)  # fmt: skip
_ORG_ITALIAN = _OrgVocabulary(
    places=("Milano", "Roma", "Torino", "Napoli", "Bologna", "Firenze", "Venezia", "Genova", "Verona",
            "Padova", "Bari", "Palermo", "Lombarda", "Toscana", "Adriatica", "Tirrenica", "Emiliana"),
    words=("Sole", "Stella", "Aurora", "Futura", "Nuova", "Italica", "Europa", "Orizzonte", "Vela",
           "Aquila", "Leone", "Fenice", "Ponte", "Delta", "Alfa"),
    sectors=("Costruzioni", "Trasporti", "Immobiliare", "Servizi", "Logistica", "Alimentari",
             "Meccanica", "Impianti", "Consulting", "Tessile", "Arredamenti", "Commerciale",
             "Informatica", "Energia", "Edilizia"),
    legal=(("S.r.l.", 55), ("S.p.A.", 10), ("S.n.c.", 10), ("S.a.s.", 10), ("S.r.l.s.", 10),
           ("Soc. Coop.", 5)),
    templates=((_T_PLACE, 25), (_T_WORD, 25), (_T_FAMILY, 30), (_T_FAMILIES, 10), (_T_WORD_LEGAL, 10)),
)  # fmt: skip
_ORG_POLISH = _OrgVocabulary(
    places=("Mazowiecka", "Śląska", "Pomorska", "Wielkopolska", "Małopolska", "Bałtycka", "Warszawska",
            "Krakowska", "Gdańska", "Łódzka"),
    words=("Orzeł", "Polonia", "Sokół", "Jantar", "Wisła", "Tatry", "Bursztyn", "Dąb", "Sosna",
           "Gwiazda"),
    sectors=("Budownictwo", "Transport", "Logistyka", "Handel", "Usługi", "Nieruchomości", "Doradztwo",
             "Meble", "Spedycja", "Elektronika", "Instalacje", "Inwestycje"),
    legal=(("Sp. z o.o.", 60), ("S.A.", 10), ("Sp.j.", 10), ("Sp.k.", 10), ("Sp. z o.o. Sp.k.", 10)),
    templates=((_T_PLACE, 25), (_T_WORD, 25), (_T_FAMILY, 35), (_T_WORD_LEGAL, 15)),
)  # fmt: skip
_ORG_RUSSIAN = _OrgVocabulary(  # 'OOO "Ural-Stroy"': a stem and a trade, as Russian firm names go
    places=("Vostok", "Zapad", "Sever", "Yug", "Sibir", "Ural", "Volga", "Baikal", "Neva", "Tsentr",
            "Prom", "Agro", "Energo", "Tekhno", "Metall", "Avto", "Les", "Med", "Kristall", "Avangard",
            "Rassvet", "Gorizont", "Start", "Impuls"),
    words=("Rassvet", "Zarya", "Gorizont", "Avangard", "Vektor-M", "Signal", "Kapital-Plyus", "Garant",
           "Standart", "Soyuz-Trans"),
    sectors=("Trans", "Stroy", "Servis", "Invest", "Kom", "Torg", "Resurs", "Snab", "Montazh", "Proekt",
             "Logistik", "Grupp"),
    legal=(("OOO", 60), ("AO", 15), ("ZAO", 5), ("OAO", 5), ("PAO", 3), ("TOV", 12)),
    templates=((_T_QUOTED, 75), (_T_QUOTED_WORD, 25)),
)  # fmt: skip
_ORG_ARABIC = _OrgVocabulary(
    places=("Dubai", "Abu Dhabi", "Sharjah", "Riyadh", "Jeddah", "Doha", "Kuwait", "Muscat", "Manama",
            "Amman", "Beirut", "Cairo", "Alexandria", "Casablanca", "Tunis"),
    words=("Al Noor", "Al Amal", "Al Fajr", "Al Salam", "Al Rawda", "Al Waha", "Al Nakheel", "Al Manara",
           "Al Khaleej", "Al Hayat", "Al Safwa", "Al Rayan", "Al Bustan", "Al Yasmeen", "Al Wafa",
           "Al Mustaqbal", "Al Diyar"),
    sectors=("General Trading", "Trading", "Contracting", "Real Estate", "Investment",
             "Building Materials", "Logistics", "Foodstuff Trading", "Auto Spare Parts",
             "Technical Services", "Electromechanical", "Travel and Tourism", "Cargo Services",
             "Perfumes", "Textiles"),
    legal=(("LLC", 40), ("L.L.C", 10), ("FZE", 15), ("FZCO", 10), ("FZ-LLC", 5), ("Co.", 10),
           ("W.L.L.", 10)),
    templates=((_T_PLACE, 15), (_T_WORD, 50), (_T_FAMILY, 25), (_T_WORD_LEGAL, 10)),
)  # fmt: skip
_ORG_INDIAN = _OrgVocabulary(
    places=("Mumbai", "Delhi", "Bengaluru", "Chennai", "Hyderabad", "Pune", "Kolkata", "Ahmedabad",
            "Surat", "Jaipur", "Kochi", "Indus", "Deccan", "Konkan"),
    words=("Shree", "Sri Lakshmi", "Sai", "Om", "Ganesh", "Krishna", "Balaji", "Vishwa", "Bharat", "Surya",
           "Kaveri", "Apex", "Excel", "Infinity", "Zenith", "Sapphire"),
    sectors=("Textiles", "Exports", "Infotech", "Software Solutions", "Pharmaceuticals", "Chemicals",
             "Engineering", "Enterprises", "Traders", "Industries", "Constructions", "Builders",
             "Agro Products", "Steel", "Logistics", "Foods", "& Sons"),
    legal=(("Pvt. Ltd.", 50), ("Private Limited", 20), ("Ltd.", 10), ("LLP", 15), ("Limited", 5)),
    templates=((_T_PLACE, 20), (_T_WORD, 35), (_T_FAMILY, 30), (_T_WORD_LEGAL, 15)),
)  # fmt: skip
_ORG_CHINESE = _OrgVocabulary(
    places=("Shenzhen", "Shanghai", "Beijing", "Guangzhou", "Hangzhou", "Suzhou", "Ningbo", "Xiamen",
            "Dongguan", "Foshan", "Tianjin", "Chengdu", "Wuhan", "Qingdao", "Dalian", "Shenyang",
            "Nanjing", "Changsha", "Zhengzhou", "Xi'an", "Yiwu", "Kunming"),
    words=("Huaxin", "Zhongda", "Hengtai", "Jinlong", "Tianhe", "Dafeng", "Huatai", "Xinda", "Ruifeng",
           "Yongsheng", "Hongxing", "Kaida", "Mingyang", "Shengda", "Haitian", "Jiahe", "Longxiang",
           "Fuxing", "Anda", "Tongda", "Wanjia", "Xinyuan", "Zhongtian", "Huayu", "Jinhui", "Dingsheng"),
    sectors=("Electronic Technology", "Trading", "Import and Export", "Industrial", "Machinery",
             "Textile", "Network Technology", "Information Technology", "Logistics", "Chemical",
             "New Energy", "Biotechnology", "Garment", "Hardware Products", "Plastic Products",
             "Intelligent Technology", "Supply Chain Management", "Optoelectronics"),
    legal=(("Co., Ltd.", 75), ("Co., Ltd", 10), ("Company Limited", 10), ("Group Co., Ltd.", 5)),
    templates=((_T_PLACE_WORD, 75), (_T_WORD, 20), (_T_WORD_LEGAL, 5)),
)  # fmt: skip
_ORG_HK = _OrgVocabulary(
    places=("Hong Kong", "Kowloon", "Victoria", "Pearl River", "Asia Pacific", "Far East", "Oriental"),
    words=("Wing Fat", "Tai Hing", "Kwong Wah", "Sun Hing", "Wah Lee", "Po Shing", "Yue Tai", "Fook Lam",
           "Man Shing", "Hang Fung", "Chun Wo", "Kin Yip", "Lee Kee", "Tak Shing", "Wai Kee", "Hing Wah"),
    sectors=("Trading", "Holdings", "Enterprises", "Industrial", "Development", "International",
             "Investment", "Garment", "Electronics", "Logistics", "Shipping", "Textiles"),
    legal=(("Limited", 60), ("Company Limited", 20), ("Co., Ltd.", 10), ("Ltd", 10)),
    templates=((_T_PLACE, 20), (_T_WORD, 55), (_T_FAMILY, 10), (_T_WORD_LEGAL, 15)),
)  # fmt: skip
_ORG_TW = _OrgVocabulary(
    places=("Taipei", "Taichung", "Kaohsiung", "Hsinchu", "Tainan", "Taoyuan", "Keelung", "Formosa"),
    words=("Hung Yi", "Chia Hsin", "Yuan Tai", "Sheng Feng", "Ta Chung", "Hsin Yuan", "Kuo Hua",
           "Chung Hsing", "Tai Yang", "Ching Feng", "Ho Hsing", "Jui Li", "Yung Chang", "Ming Tai"),
    sectors=("Electronics", "Precision Industry", "Technology", "Trading", "Enterprise", "Machinery",
             "Plastics", "Optical", "Semiconductor", "Industrial", "Metal", "Textile"),
    legal=(("Co., Ltd.", 70), ("Corporation", 15), ("Corp.", 10), ("Inc.", 5)),
    templates=((_T_PLACE, 20), (_T_WORD, 65), (_T_WORD_LEGAL, 15)),
)  # fmt: skip
_ORG_KOREAN = _OrgVocabulary(
    places=("Seoul", "Busan", "Incheon", "Daegu", "Gwangju", "Daejeon", "Ulsan", "Suwon", "Changwon",
            "Jeonju", "Pohang", "Gyeonggi"),
    words=("Hanbit", "Mirae", "Saerom", "Haneul", "Pureun", "Dasan", "Seongwoo", "Daesung", "Hanwool",
           "Gukje", "Cheongwoo", "Jeil", "Samhwa", "Dongil", "Seoyoung", "Hwaseong", "Ilshin", "Taeyang",
           "Sejin", "Woojin"),
    sectors=("Trading", "Logistics", "Electronics", "Industrial", "Semiconductor", "Precision", "Chemical",
             "Construction", "Foods", "Textile", "Engineering", "Solutions", "Pharm", "Shipping", "Steel",
             "Motors"),
    legal=(("Co., Ltd.", 70), ("Corp.", 20), ("Inc.", 10)),
    templates=((_T_PLACE, 15), (_T_WORD, 65), (_T_WORD_LEGAL, 20)),
)  # fmt: skip
_ORG_VIETNAMESE = _OrgVocabulary(
    places=("Hanoi", "Saigon", "Da Nang", "Hai Phong", "Can Tho", "Nha Trang", "Hue", "Binh Duong",
            "Dong Nai", "Mekong"),
    words=("An Phat", "Tan Phat", "Hung Thinh", "Thien Long", "Sao Mai", "Hoa Binh", "Dai Viet",
           "Phuong Dong", "Nam Long", "Hai Au", "Minh Phat", "Phu Thai"),
    sectors=("Trading", "Import Export", "Construction", "Investment", "Seafood", "Garment", "Logistics",
             "Technology", "Food", "Furniture", "Real Estate", "Services"),
    legal=(("Co., Ltd", 45), ("Company Limited", 15), ("Joint Stock Company", 25), ("JSC", 15)),
    templates=((_T_PLACE, 20), (_T_WORD, 65), (_T_WORD_LEGAL, 15)),
)  # fmt: skip
_ORG_JAPANESE = _OrgVocabulary(
    places=("Tokyo", "Osaka", "Nagoya", "Yokohama", "Kobe", "Kyoto", "Fukuoka", "Sapporo", "Sendai",
            "Hiroshima", "Chiba", "Saitama", "Kanto", "Kansai", "Tohoku", "Kyushu"),
    words=("Sakura", "Fuji", "Asahi", "Hikari", "Yamato", "Taiyo", "Daiichi", "Kotobuki", "Midori", "Aoba",
           "Shinsei", "Tsubasa"),
    sectors=("Kogyo", "Shoji", "Seisakusho", "Kensetsu", "Denki", "Unyu", "Trading", "Electronics",
             "Logistics", "Foods", "Chemical", "Precision", "Machinery", "Engineering", "Software"),
    legal=(("Co., Ltd.", 50), ("K.K.", 15), ("Corporation", 15), ("Inc.", 10), ("G.K.", 10)),
    templates=((_T_PLACE, 25), (_T_WORD, 40), (_T_FAMILY, 25), (_T_WORD_LEGAL, 10)),
)  # fmt: skip
_ORG_FILIPINO = _OrgVocabulary(
    places=("Manila", "Cebu", "Davao", "Makati", "Quezon", "Pasig", "Taguig", "Iloilo", "Bacolod",
            "Baguio", "Luzon", "Visayas", "Mindanao"),
    words=("Bayanihan", "Mabuhay", "Bagong", "Perlas", "Tala", "Bituin", "Araw", "Sampaguita",
           "Maharlika", "Golden Island", "Sunshine", "Royal Pacific"),
    sectors=("Trading", "Construction", "Realty", "Enterprises", "Manpower Services", "Foods",
             "Logistics", "Shipping", "Holdings", "Development"),
    legal=(("Inc.", 60), ("Corporation", 20), ("Co.", 10), ("Corp.", 10)),
    templates=((_T_PLACE, 20), (_T_WORD, 40), (_T_FAMILY, 30), (_T_WORD_LEGAL, 10)),
)  # fmt: skip
_ORG_NIGERIAN = _OrgVocabulary(
    places=("Lagos", "Abuja", "Kano", "Ibadan", "Port Harcourt", "Enugu", "Benin", "Kaduna", "Onitsha",
            "Aba", "Niger Delta", "Eko"),
    words=("Unity", "Royal", "Crown", "Divine", "Grace", "Glory", "Excellence", "Golden", "Peak", "Elite",
           "Prime", "Heritage", "Destiny", "Victory", "Greenfield", "Sunrise"),
    sectors=("Ventures", "Enterprises", "Global Services", "Oil and Gas", "Logistics", "Investments",
             "Agro Allied", "Construction", "Properties", "Energy", "Technologies", "Nigeria"),
    legal=(("Ltd", 60), ("Limited", 25), ("Nig. Ltd", 10), ("PLC", 5)),
    templates=((_T_PLACE, 20), (_T_WORD, 45), (_T_FAMILY, 25), (_T_WORD_LEGAL, 10)),
)  # fmt: skip
_ORG_TURKISH = _OrgVocabulary(
    places=("İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Konya", "Kayseri", "Gaziantep", "Adana",
            "Mersin", "Anadolu", "Ege", "Marmara", "Karadeniz", "Akdeniz"),
    words=("Yıldız", "Güneş", "Kartal", "Atlas", "Özgür", "Birlik", "Yeni", "Altın", "Gök", "Deniz",
           "Çınar", "Kuzey", "Mavi"),
    sectors=("İnşaat", "Tekstil", "Gıda", "Lojistik", "Nakliyat", "Otomotiv", "Turizm", "Enerji",
             "Makine", "Mobilya", "Ticaret", "Dış Ticaret", "Elektrik", "Kimya", "Yapı"),
    legal=(("Ltd. Şti.", 50), ("A.Ş.", 30), ("San. ve Tic. Ltd. Şti.", 15), ("San. ve Tic. A.Ş.", 5)),
    templates=((_T_PLACE, 25), (_T_WORD, 30), (_T_FAMILY, 35), (_T_WORD_LEGAL, 10)),
)  # fmt: skip
_ORG_PERSIAN = _OrgVocabulary(  # diaspora businesses: English sectors and legal forms
    places=("Los Angeles", "Toronto", "Vancouver", "London", "Hamburg", "Dubai", "Irvine", "San Jose"),
    words=("Persian", "Caspian", "Cyrus", "Simorgh", "Darya", "Golestan", "Alborz", "Arya", "Mehr",
           "Setareh"),
    sectors=_EN_SECTORS + ("Rugs", "Dental Group", "Law Group", "Auto Sales", "Imports"),
    legal=(("LLC", 40), ("Inc.", 30), ("Ltd", 20), ("Corp.", 10)),
    templates=((_T_PLACE, 10), (_T_WORD, 40), (_T_FAMILY, 40), (_T_WORD_LEGAL, 10)),
)  # fmt: skip


# --- Origins --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Origin:
    label: str
    share: int  # percent of customers
    countries: tuple  # (ISO 3166-1 alpha-2, weight): residence, mostly the origin's country
    given_m: tuple
    given_f: tuple
    family: tuple
    shapes: tuple  # (shape, weight)
    org: _OrgVocabulary
    native: int = _NATIVE_NONE
    syllables: tuple = (1, 0, 0)  # weights of hyphen / joined / spaced two-syllable given names
    middle_is_father: bool = False  # the middle name is the father's given name
    ascii_fold_ppm: int = 0  # share of rows whose diacritics are dropped


# Shares: a rough mix for a Western bank or remote-contractor platform with international customers
# (English-speaking majority, large Hispanic, European, South and East Asian minorities). Sum: 100.
_ORIGINS = (
    _Origin("english", 30, (("US", 60), ("GB", 20), ("CA", 8), ("AU", 6), ("IE", 3), ("NZ", 2), ("ZA", 1)),
            _ENGLISH_M, _ENGLISH_F, _ENGLISH_FAMILY,
            ((G_F, 70), (FAMILY_COMMA_G, 8), (G_M_F, 8), (I_F, 4), (G_MI_F, 8), (G_F_HYPHEN_F2, 2)),
            _ORG_ENGLISH),
    _Origin("hispanic", 13, (("US", 35), ("MX", 25), ("ES", 15), ("CO", 8), ("AR", 6), ("PE", 4), ("CL", 4),
                             ("VE", 3)),
            _HISPANIC_M, _HISPANIC_F, _HISPANIC_FAMILY,
            ((G_F, 35), (G_F_F2, 40), (FAMILY_COMMA_G, 8), (G_F_HYPHEN_F2, 7), (G_M_F, 7), (I_F, 3)),
            _ORG_HISPANIC, ascii_fold_ppm=350_000),
    _Origin("german", 6, (("DE", 75), ("AT", 10), ("CH", 10), ("US", 5)),
            _GERMAN_M, _GERMAN_F, _GERMAN_FAMILY,
            ((G_F, 78), (FAMILY_COMMA_G, 10), (G_M_F, 5), (I_F, 3), (G_F_HYPHEN_F2, 4)),
            _ORG_GERMAN, ascii_fold_ppm=150_000),
    _Origin("french", 5, (("FR", 75), ("BE", 8), ("CH", 6), ("CA", 6), ("LU", 2), ("US", 3)),
            _FRENCH_M, _FRENCH_F, _FRENCH_FAMILY,
            ((G_F, 75), (FAMILY_COMMA_G, 10), (G_F_HYPHEN_F2, 5), (G_M_F, 5), (I_F, 5)),
            _ORG_FRENCH, ascii_fold_ppm=200_000),
    _Origin("italian", 5, (("IT", 80), ("CH", 5), ("US", 10), ("AR", 3), ("DE", 2)),
            _ITALIAN_M, _ITALIAN_F, _ITALIAN_FAMILY,
            ((G_F, 75), (FAMILY_COMMA_G, 10), (F_G, 5), (G_M_F, 5), (I_F, 5)),
            _ORG_ITALIAN),
    _Origin("polish", 3, (("PL", 75), ("GB", 8), ("DE", 8), ("US", 7), ("IE", 2)),
            _POLISH_M, _POLISH_F, _POLISH_FAMILY,
            ((G_F, 80), (FAMILY_COMMA_G, 8), (G_F_HYPHEN_F2, 5), (G_M_F, 4), (I_F, 3)),
            _ORG_POLISH, ascii_fold_ppm=250_000),
    _Origin("russian", 4, (("RU", 45), ("UA", 20), ("KZ", 5), ("BY", 5), ("DE", 8), ("IL", 5), ("US", 7),
                           ("GB", 3), ("LV", 2)),
            _RUSSIAN_M, _RUSSIAN_F, _RUSSIAN_FAMILY,
            ((G_F, 45), (G_P_F, 20), (F_G_P, 15), (FAMILY_COMMA_G, 10), (F_G, 5), (I_F, 5)),
            _ORG_RUSSIAN, native=_NATIVE_CYRILLIC),
    _Origin("arabic", 5, (("AE", 20), ("SA", 15), ("EG", 15), ("JO", 8), ("LB", 7), ("MA", 8), ("GB", 8),
                          ("US", 8), ("FR", 6), ("DE", 5)),
            _ARABIC_M, _ARABIC_F, _ARABIC_FAMILY,
            ((G_F, 55), (G_M_F, 30), (FAMILY_COMMA_G, 10), (I_F, 5)),
            _ORG_ARABIC, native=_NATIVE_ARABIC, middle_is_father=True),
    _Origin("indian", 7, (("IN", 70), ("US", 12), ("GB", 8), ("AE", 5), ("CA", 3), ("SG", 2)),
            _INDIAN_M, _INDIAN_F, _INDIAN_FAMILY,
            ((G_F, 75), (FAMILY_COMMA_G, 12), (I_F, 8), (G_MI_F, 5)),
            _ORG_INDIAN),
    _Origin("chinese", 4, (("CN", 70), ("US", 10), ("SG", 5), ("CA", 5), ("AU", 5), ("GB", 3), ("MY", 2)),
            _CHINESE_M, _CHINESE_F, _CHINESE_FAMILY,
            ((G_F, 55), (F_G, 30), (FAMILY_COMMA_G, 15)),
            _ORG_CHINESE, native=_NATIVE_CJK),
    _Origin("chinese-hk", 1, (("HK", 75), ("GB", 8), ("CA", 7), ("AU", 5), ("US", 5)),
            _HK_M, _HK_F, _HK_FAMILY,
            ((G_F, 40), (F_G, 35), (FAMILY_COMMA_G, 25)),
            _ORG_HK, native=_NATIVE_CJK, syllables=(20, 5, 75)),
    _Origin("chinese-tw", 1, (("TW", 85), ("US", 10), ("CA", 5)),
            _TW_M, _TW_F, _TW_FAMILY,
            ((G_F, 45), (F_G, 30), (FAMILY_COMMA_G, 25)),
            _ORG_TW, native=_NATIVE_CJK, syllables=(50, 20, 30)),
    _Origin("korean", 3, (("KR", 75), ("US", 15), ("CA", 4), ("AU", 3), ("JP", 3)),
            _KOREAN_M, _KOREAN_F, _KOREAN_FAMILY,
            ((G_F, 50), (F_G, 30), (FAMILY_COMMA_G, 20)),
            _ORG_KOREAN, native=_NATIVE_CJK, syllables=(50, 30, 20)),
    _Origin("vietnamese", 2, (("VN", 70), ("US", 20), ("AU", 5), ("FR", 3), ("CA", 2)),
            _VIETNAMESE_M, _VIETNAMESE_F, _VIETNAMESE_FAMILY,
            ((G_F, 45), (F_G, 45), (FAMILY_COMMA_G, 10)),
            _ORG_VIETNAMESE),
    _Origin("japanese", 2, (("JP", 90), ("US", 10)),
            _JAPANESE_M, _JAPANESE_F, _JAPANESE_FAMILY,
            ((G_F, 75), (F_G, 15), (FAMILY_COMMA_G, 10)),
            _ORG_JAPANESE),
    _Origin("filipino", 3, (("PH", 75), ("US", 12), ("AE", 5), ("SA", 4), ("CA", 4)),
            _FILIPINO_M, _FILIPINO_F, _FILIPINO_FAMILY,
            ((G_F, 45), (G_F_F2, 35), (G_MI_F, 10), (FAMILY_COMMA_G, 10)),
            _ORG_FILIPINO),
    _Origin("nigerian", 2, (("NG", 75), ("GB", 12), ("US", 10), ("GH", 3)),
            _NIGERIAN_M, _NIGERIAN_F, _NIGERIAN_FAMILY,
            ((G_F, 65), (G_M_F, 20), (FAMILY_COMMA_G, 10), (I_F, 5)),
            _ORG_NIGERIAN),
    _Origin("turkish", 2, (("TR", 80), ("DE", 15), ("NL", 3), ("GB", 2)),
            _TURKISH_M, _TURKISH_F, _TURKISH_FAMILY,
            ((G_F, 80), (G_M_F, 10), (FAMILY_COMMA_G, 10)),
            _ORG_TURKISH, ascii_fold_ppm=300_000),
    _Origin("persian", 2, (("US", 40), ("CA", 20), ("DE", 15), ("GB", 12), ("AE", 8), ("SE", 5)),
            _PERSIAN_M, _PERSIAN_F, _PERSIAN_FAMILY,
            ((G_F, 80), (FAMILY_COMMA_G, 10), (G_M_F, 5), (I_F, 5)),
            _ORG_PERSIAN),
)  # fmt: skip

ORIGIN_SHARES = {origin.label: origin.share / 100 for origin in _ORIGINS}

# --- Deterministic randomness ---------------------------------------------------------------------

_MASK64 = (1 << 64) - 1
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)


def _mix(x: np.ndarray) -> np.ndarray:
    """SplitMix64's finalizer: a bijection of uint64 that scrambles every input bit into the output."""
    x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


class _Draws:
    """Random draws for a set of rows, each a hash of (seed, field, row): a row's values do not depend
    on which other rows are drawn with it, so batches and subsets reproduce the same values."""

    def __init__(self, seed: int, rows: np.ndarray):
        self.seed, self.rows = seed, rows

    def subset(self, positions: np.ndarray) -> _Draws:
        return _Draws(self.seed, self.rows[positions])

    def bits(self, field: str) -> np.ndarray:
        key = _mix(np.array([(self.seed * 0x9E3779B97F4A7C15 + zlib.crc32(field.encode())) & _MASK64],
                            dtype=np.uint64))  # fmt: skip
        return _mix(self.rows * _GOLDEN + key)

    def chance(self, field: str, ppm) -> np.ndarray:
        """True with probability ppm / 1e6 (ppm a scalar or one value per row)."""
        return self.bits(field) % np.uint64(1_000_000) < np.asarray(ppm, dtype=np.uint64)


class _Table:
    """Weighted values of several groups (one per origin, say) stacked in one cumulative array, so a
    vector of group ids picks one value per row with a single `searchsorted`."""

    def __init__(self, groups: Sequence[Sequence[tuple]]):
        values, native, weights, starts, totals = [], [], [], [], []
        for entries in groups:
            starts.append(sum(weights))
            for value, native_value, weight in entries:
                values.append(value)
                native.append(native_value)
                weights.append(weight)
            totals.append(sum(weights) - starts[-1])
        self.group_of = np.repeat(np.arange(len(totals)), [len(entries) for entries in groups])
        self.cumulative = np.cumsum(np.array(weights, dtype=np.uint64))
        self.starts = np.array(starts, dtype=np.uint64)
        self.totals = np.array(totals, dtype=np.uint64)
        self.values = pl.Series(values)
        self.native = pl.Series(native, dtype=pl.String) if isinstance(values[0], str) else None

    def pick(self, groups: np.ndarray, bits: np.ndarray) -> np.ndarray:
        target = self.starts[groups] + bits % self.totals[groups]
        return np.searchsorted(self.cumulative, target, side="right")


def _weighted(pool: Sequence) -> list[tuple]:
    """A pool as (value, native, weight) entries; pools without weights are Zipf by rank."""
    entries = []
    for rank, item in enumerate(pool, start=1):
        if isinstance(item, str):
            entries.append((item, None, 100_000 // rank))
        elif len(item) == 2 and isinstance(item[1], str):
            entries.append((item[0], item[1], 100_000 // rank))
        elif len(item) == 2:  # (code, weight)
            entries.append((item[0], None, item[1]))
        else:
            entries.append(tuple(item))
    return entries


_ORIGIN_TABLE = _Table([[(code, None, o.share) for code, o in enumerate(_ORIGINS)]])
_ORIGIN_LABELS = pl.Series([o.label for o in _ORIGINS])
# Given names: one group per (origin, sex), group id = 2 * origin + female.
_GIVEN = _Table([_weighted(pool) for o in _ORIGINS for pool in (o.given_m, o.given_f)])
_FAMILY = _Table([_weighted(o.family) for o in _ORIGINS])
_PATRONYMIC = _Table([_weighted(_PATRONYMICS_M), _weighted(_PATRONYMICS_F)])
_SHAPE = _Table([_weighted(o.shapes) for o in _ORIGINS])
_COUNTRY = _Table([_weighted(o.countries) for o in _ORIGINS])
_SYLLABLE_STYLE = _Table([_weighted(tuple(enumerate(o.syllables))) for o in _ORIGINS])
_NATIVE_STYLE = np.array([o.native for o in _ORIGINS])
_NATIVE_RATE = np.array([_NATIVE_PPM if o.native != _NATIVE_NONE else 0 for o in _ORIGINS])
_ASCII_FOLD_RATE = np.array([o.ascii_fold_ppm for o in _ORIGINS])
_MIDDLE_IS_FATHER = np.array([o.middle_is_father for o in _ORIGINS])
_ORG_TABLES = {
    slot: _Table([_weighted(getattr(o.org, attribute)) for o in _ORIGINS])
    for slot, attribute in (("place", "places"), ("word", "words"), ("sector", "sectors"),
                            ("legal", "legal"), ("template", "templates"))
}  # fmt: skip


def _syllable_forms(values: pl.Series) -> pl.Series:
    """The given names in each syllable style (hyphen, joined, spaced), stacked."""
    return pl.concat([
        values,
        values.str.replace_all("-", "", literal=True),
        values.str.replace_all("-", " ", literal=True).str.to_titlecase(),
    ])  # fmt: skip


def _feminine_forms(values: pl.Series, script: int) -> pl.Series:
    """The family names of _FAMILY followed by their feminine forms (script 0: Latin, 1: native)."""
    labels = [o.label for o in _ORIGINS]
    feminine = values
    for label, rules in _FEMININE_RULES.items():
        inflected = values
        for pattern, replacement in rules[script]:
            inflected = inflected.str.replace(pattern, replacement)
        feminine = inflected.zip_with(pl.Series(_FAMILY.group_of == labels.index(label)), feminine)
    return pl.concat([values, feminine])


_GIVEN_FORMS = _syllable_forms(_GIVEN.values)
_FAMILY_FORMS = _feminine_forms(_FAMILY.values, script=0)
_FAMILY_NATIVE_FORMS = _feminine_forms(_FAMILY.native, script=1)

# Wallets: random strings in the shape of real addresses (not valid checksums, on no list).
_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_WALLET_KINDS = (  # (prefix, alphabet, length after the prefix, weight)
    ("1", _BASE58, 33, 35),  # Bitcoin P2PKH
    ("3", _BASE58, 33, 15),  # Bitcoin P2SH
    ("bc1q", "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 38, 20),  # Bitcoin bech32 P2WPKH
    ("0x", "0123456789abcdef", 40, 30),  # Ethereum
)
_WALLET_KIND = _Table([[(k, None, kind[3]) for k, kind in enumerate(_WALLET_KINDS)]])

# --- Clean customers ------------------------------------------------------------------------------

_SCHEMA = {
    "customer_id": pl.String,
    "name": pl.String,
    "entity_type": pl.String,
    "dob": pl.Date,
    "country": pl.String,
    "wallet": pl.String,
    "origin": pl.String,
}


def customers(n: int, *, seed: int = 0) -> pl.DataFrame:
    """`n` clean customers, the same frame for the same (n, seed) on any machine.

    Columns: customer_id (unique), name, entity_type ("person" / "organization"), dob (persons only),
    country (ISO 3166-1 alpha-2), wallet (mostly null), origin (the name pool's label, for reporting).
    Row i is the same whatever n, so customers(m) is the head of customers(n) for m <= n.
    """
    # Built batch by batch: the intermediate columns of one batch are several times its size.
    return pl.concat([_rows(seed, 0, 0), *iter_customers(n, seed=seed)])


def iter_customers(n: int, *, seed: int = 0, batch_size: int = 1_000_000) -> Iterator[pl.DataFrame]:
    """The rows of customers(n, seed=seed) in batches of at most batch_size, so large files can be
    written with bounded memory. The rows are the same whatever the batch size."""
    if n < 0:
        raise InvalidArgumentError(f"n must be >= 0, got {n}")
    if batch_size < 1:
        raise InvalidArgumentError(f"batch_size must be >= 1, got {batch_size}")
    for start in range(0, n, batch_size):
        yield _rows(seed, start, min(start + batch_size, n))


def _rows(seed: int, start: int, stop: int) -> pl.DataFrame:
    draws = _Draws(seed & _MASK64, np.arange(start, stop, dtype=np.uint64))
    n = stop - start
    origin = _ORIGIN_TABLE.pick(np.zeros(n, dtype=np.int64), draws.bits("origin"))
    is_org = draws.chance("organization", _ORGANIZATION_PPM)
    people, orgs = np.flatnonzero(~is_org), np.flatnonzero(is_org)
    names = pl.concat([
        _person_names(draws.subset(people), origin[people]),
        _organization_names(draws.subset(orgs), origin[orgs]),
    ])  # fmt: skip
    # Persons and organizations were assembled separately; put each name back at its row.
    names = names.gather(np.argsort(np.concatenate([people, orgs]), kind="stable"))
    return pl.DataFrame(
        {
            "customer_id": _customer_ids(start, stop),
            "name": names,
            "entity_type": pl.Series(is_org).replace_strict({False: "person", True: "organization"}),
            "dob": _dates_of_birth(draws).scatter(orgs, None),
            "country": _COUNTRY.values.gather(_COUNTRY.pick(origin, draws.bits("country"))),
            "wallet": _wallets(draws),
            "origin": _ORIGIN_LABELS.gather(origin),
        },
        schema=_SCHEMA,
    )


def _customer_ids(start: int, stop: int) -> pl.Series:
    digits = pl.Series(np.arange(start, stop, dtype=np.int64)).cast(pl.String).str.zfill(9)
    return ("C" + digits).alias("customer_id")


def _dates_of_birth(draws: _Draws) -> pl.Series:
    # Age 18 to 80 on _AS_OF, triangular (the mean of two uniform draws): most customers are 35-65.
    span = np.uint64(62 * 365)
    offset = (draws.bits("age-a") % span + draws.bits("age-b") % span) // np.uint64(2)
    days = (_AS_OF - date(1970, 1, 1)).days - 18 * 365 - offset.astype(np.int64)
    return pl.Series(days.astype(np.int32)).cast(pl.Date)


def _wallets(draws: _Draws) -> pl.Series:
    rows = np.flatnonzero(draws.chance("wallet", _WALLET_PPM))
    wallets = pl.repeat(None, len(draws.rows), dtype=pl.String, eager=True)
    if rows.size == 0:
        return wallets
    sub = draws.subset(rows)
    kinds = _WALLET_KIND.pick(np.zeros(rows.size, dtype=np.int64), sub.bits("wallet-kind"))
    values = np.empty(rows.size, dtype=object)
    for k, (prefix, alphabet, length, _) in enumerate(_WALLET_KINDS):
        chosen = np.flatnonzero(kinds == k)
        if chosen.size == 0:
            continue
        letters = np.frombuffer(alphabet.encode(), dtype=np.uint8)
        chars = np.stack([sub.subset(chosen).bits(f"wallet-{p}") % np.uint64(len(alphabet))
                          for p in range(length)], axis=1)  # fmt: skip
        body = letters[chars].view(f"S{length}").ravel().astype(str)
        values[chosen] = np.char.add(prefix, body)
    return wallets.scatter(rows, pl.Series(values, dtype=pl.String))


def _person_names(draws: _Draws, origin: np.ndarray) -> pl.Series:
    female = draws.chance("female", 500_000)
    group = 2 * origin + female
    given = _GIVEN.pick(group, draws.bits("given"))
    middle = _distinct(given, *(_GIVEN.pick(np.where(_MIDDLE_IS_FATHER[origin], 2 * origin, group),
                                            draws.bits(field)) for field in ("middle", "middle-again")))
    family = _FAMILY.pick(origin, draws.bits("family"))
    family2 = _distinct(family, *(_FAMILY.pick(origin, draws.bits(f)) for f in ("family2", "family2-again")))
    patronymic = _PATRONYMIC.pick(female.astype(np.int64), draws.bits("patronymic"))
    syllables = _SYLLABLE_STYLE.values.gather(_SYLLABLE_STYLE.pick(origin, draws.bits("syllables"))).to_numpy()
    # Feminine family names follow the masculine ones in _FAMILY_FORMS, syllable styles follow each
    # other in _GIVEN_FORMS: an offset picks the form.
    feminine = female * len(_FAMILY.values)
    native = draws.chance("native", _NATIVE_RATE[origin])
    parts = pl.DataFrame({
        "given": _GIVEN_FORMS.gather(given + syllables * len(_GIVEN.values)),
        "given_native": _GIVEN.native.gather(given),
        "middle": _GIVEN.values.gather(middle),
        "family": _FAMILY_FORMS.gather(family + feminine),
        "family_native": _FAMILY_NATIVE_FORMS.gather(family + feminine),
        "family2": _FAMILY_FORMS.gather(family2 + feminine),
        "patronymic": _PATRONYMIC.values.gather(patronymic),
        "patronymic_native": _PATRONYMIC.native.gather(patronymic),
        "shape": _SHAPE.values.gather(_SHAPE.pick(origin, draws.bits("shape"))),
        "native": np.where(native, _NATIVE_STYLE[origin], _NATIVE_NONE),
        **_storage_noise(draws, origin),
    })  # fmt: skip
    g, m, f, f2, p = (pl.col(c) for c in ("given", "middle", "family", "family2", "patronymic"))
    latin = _case(
        "shape",
        {
            G_F: _join(g, " ", f),
            FAMILY_COMMA_G: _join(f.str.to_uppercase(), ", ", g),
            G_M_F: _join(g, " ", m, " ", f),
            I_F: _join(_initial(g), " ", f),
            G_MI_F: _join(g, " ", _initial(m), " ", f),
            G_F_HYPHEN_F2: _join(g, " ", f, "-", f2),
            G_F_F2: _join(g, " ", f, " ", f2),
            F_G: _join(f, " ", g),
            G_P_F: _join(g, " ", p, " ", f),
            F_G_P: _join(f, " ", g, " ", p),
        },
    )
    # A row drawn for native script falls back to Latin when its given name has no native form
    # (concat_str is null if a part is null).
    gn, fn, pn = pl.col("given_native"), pl.col("family_native"), pl.col("patronymic_native")
    native_expr = _case(
        "native",
        {
            _NATIVE_CJK: _join(fn, gn),
            _NATIVE_CYRILLIC: _join(fn, " ", gn, " ", pn),
            _NATIVE_ARABIC: _join(gn, " ", fn),
        },
    )
    return _stored(parts.with_columns(name=pl.coalesce(native_expr, latin)))


def _distinct(first: np.ndarray, second: np.ndarray, third: np.ndarray) -> np.ndarray:
    """second, or third where second repeats first ("José José Díaz" is not a name)."""
    return np.where(second == first, third, second)


def _organization_names(draws: _Draws, origin: np.ndarray) -> pl.Series:
    columns = {
        slot: table.values.gather(table.pick(origin, draws.bits(f"org-{slot}")))
        for slot, table in _ORG_TABLES.items()
    }
    family = _FAMILY.pick(origin, draws.bits("family"))
    columns["family"] = _FAMILY.values.gather(family)
    family2 = _distinct(family, *(_FAMILY.pick(origin, draws.bits(f)) for f in ("family2", "family2-again")))
    columns["family2"] = _FAMILY.values.gather(family2)
    parts = pl.DataFrame({**columns, **_storage_noise(draws, origin)})
    name = _case(
        "template",
        {
            code: _join(*(pl.col(s) if s in _ORG_SLOTS else s for s in template))
            for code, template in enumerate(_ORG_TEMPLATES)
        },
    )
    return _stored(parts.with_columns(name=name))


def _storage_noise(draws: _Draws, origin: np.ndarray) -> dict[str, np.ndarray]:
    """Which rows _stored folds to ASCII, writes in UPPER or lower case, or gives a doubled space."""
    return {
        "fold": draws.chance("ascii-fold", _ASCII_FOLD_RATE[origin]),
        "upper": draws.chance("upper", _UPPER_PPM),
        "lower": draws.chance("lower", _LOWER_PPM),
        "double_space": draws.chance("double-space", _DOUBLE_SPACE_PPM),
    }


def _stored(parts: pl.DataFrame) -> pl.Series:
    """The "name" column of parts as systems store it: diacritics dropped (where "fold"), UPPER or
    lower case, a doubled space. One step per column so no step re-evaluates the previous ones."""
    name = pl.col("name")
    return (
        parts.lazy()
        .with_columns(name=pl.when("fold").then(name.str.replace_many(_ASCII_FOLD)).otherwise(name))
        .with_columns(
            name=pl.when("upper").then(name.str.to_uppercase())
            .when("lower").then(name.str.to_lowercase())
            .otherwise(name)
        )
        .with_columns(name=pl.when("double_space").then(name.str.replace(" ", "  ", literal=True)).otherwise(name))
        .collect()
        .get_column("name")
    )  # fmt: skip


def _case(column: str, cases: dict[int, pl.Expr]) -> pl.Expr:
    """The expression of cases[value of column], row by row (null for other values)."""
    chain = None
    for value, expr in cases.items():
        condition = pl.col(column) == value
        chain = pl.when(condition).then(expr) if chain is None else chain.when(condition).then(expr)
    return chain.otherwise(pl.lit(None, dtype=pl.String))


def _join(*parts) -> pl.Expr:
    return pl.concat_str([part if isinstance(part, pl.Expr) else pl.lit(part) for part in parts])


def _initial(name: pl.Expr) -> pl.Expr:
    return _join(name.str.slice(0, 1), ".")


# --- Planted variants of the demo list --------------------------------------------------------------
# Entity ids as in the embedded demo watchlist (data/demo_watchlist/entities.csv).
_SOBAEKSU = "demo:korea-sobaeksu-trading-corporation"
_KIM_SE_UN = "demo:kim-se-un"
_JO_KYONG_HUN = "demo:jo-kyong-hun"
_MYONG_CHOL_MIN = "demo:myong-chol-min"
_KIM_UNG_SUN = "demo:kim-ung-sun"
_SINJIN = "demo:korea-sinjin-trading-corporation"
_ANDREYEV = "demo:andreyev-vitaliy-sergeyevich"
_GEUMPUNGRI = "demo:shenyang-geumpungri-network-technology"
_CHINYONG = "demo:chinyong-information-technology-cooperation-company"
_ANDREYEV_WALLET = "1HmqvgSXUVES1jn4TQPzk9dxo1NE8wim2T"  # XBT address in his OFAC entry

# Variant kinds: hangul / cyrillic (original script), romanization (another system's spelling),
# homoglyph (a Cyrillic letter that looks Latin), invisible (a zero-width character inside), reordered,
# joined (name parts joined or split), wallet (an innocuous name with the listed address), typo,
# dropped-part (a name part left out or cut short, "Corp." for "Corporation").
# Hangul: the standard spelling of each romanized name (김세운 Kim Se Un, 조경훈 Jo Kyong Hun, 명철민 Myong
# Chol Min, 김응순 Kim Ung Sun). Homoglyphs and invisible characters are written as escapes.
_PERSON, _ORG = "person", "organization"
_DEMO_VARIANTS = (
    # (name, entity_type, dob, country, wallet, planted_entity, variant)
    ("Korea Sobaeksu Trading Corp.", _ORG, None, None, None, _SOBAEKSU, "dropped-part"),
    ("SOBAEKSU TRADING", _ORG, None, "CN", None, _SOBAEKSU, "dropped-part"),
    ("Koreasobaeksu Trading Corporation", _ORG, None, None, None, _SOBAEKSU, "joined"),
    ("Sobaeksu Korea Trading Corporation", _ORG, None, None, None, _SOBAEKSU, "reordered"),
    ("KOREA S\u041eBAEKSU TRADING CORPORATION", _ORG, None, None, None, _SOBAEKSU, "homoglyph"),
    ("Korea Sobeksu Trading Corporation", _ORG, None, None, None, _SOBAEKSU, "typo"),
    ("김세운", _PERSON, date(1978, 3, 25), None, None, _KIM_SE_UN, "hangul"),
    ("Kim Se-un", _PERSON, None, "US", None, _KIM_SE_UN, "romanization"),
    ("Gim Se-un", _PERSON, date(1978, 3, 25), None, None, _KIM_SE_UN, "romanization"),
    ("Seun Kim", _PERSON, None, "CA", None, _KIM_SE_UN, "reordered"),
    ("SE UN KIM", _PERSON, date(1978, 3, 25), None, None, _KIM_SE_UN, "reordered"),
    ("KimSeun", _PERSON, None, None, None, _KIM_SE_UN, "joined"),
    ("Kim S\u0435 Un", _PERSON, None, "US", None, _KIM_SE_UN, "homoglyph"),
    ("K\u200bim Se Un", _PERSON, date(1978, 3, 25), None, None, _KIM_SE_UN, "invisible"),
    ("Jo Gyeong-hun", _PERSON, date(1990, 6, 19), None, None, _JO_KYONG_HUN, "romanization"),
    ("조경훈", _PERSON, None, None, None, _JO_KYONG_HUN, "hangul"),
    ("Cho Kyong Hun", _PERSON, None, "CN", None, _JO_KYONG_HUN, "romanization"),
    ("Kyonghun Jo", _PERSON, date(1990, 6, 19), None, None, _JO_KYONG_HUN, "joined"),
    ("Kyong Hun Jo", _PERSON, None, "US", None, _JO_KYONG_HUN, "reordered"),
    ("JO, Kyong Hum", _PERSON, date(1990, 6, 19), None, None, _JO_KYONG_HUN, "typo"),
    ("Jo Kyo\u200cng Hun", _PERSON, None, None, None, _JO_KYONG_HUN, "invisible"),
    ("명철민", _PERSON, date(1966, 9, 25), None, None, _MYONG_CHOL_MIN, "hangul"),
    ("Myong Cheol-min", _PERSON, None, None, None, _MYONG_CHOL_MIN, "romanization"),
    ("Myung Chul Min", _PERSON, date(1966, 9, 25), "US", None, _MYONG_CHOL_MIN, "romanization"),
    ("Chol Min Myong", _PERSON, None, None, None, _MYONG_CHOL_MIN, "reordered"),
    ("MYONG CHOLMIN", _PERSON, None, None, None, _MYONG_CHOL_MIN, "joined"),
    ("Myong Ch\u043el Min", _PERSON, None, None, None, _MYONG_CHOL_MIN, "homoglyph"),
    ("김응순", _PERSON, date(1964, 6, 23), None, None, _KIM_UNG_SUN, "hangul"),
    ("Kim Eung-sun", _PERSON, None, None, None, _KIM_UNG_SUN, "romanization"),
    ("Ung Sun Kim", _PERSON, date(1964, 6, 23), "US", None, _KIM_UNG_SUN, "reordered"),
    ("Kim Ungsun", _PERSON, None, None, None, _KIM_UNG_SUN, "joined"),
    ("KIM, Ung\ufeff Sun", _PERSON, None, None, None, _KIM_UNG_SUN, "invisible"),
    ("Kim Ung Soon", _PERSON, date(1964, 6, 23), None, None, _KIM_UNG_SUN, "typo"),
    ("Korea Sinjin Trading Corp", _ORG, None, None, None, _SINJIN, "dropped-part"),
    ("Joseon Sinjin Trading Company", _ORG, None, None, None, _SINJIN, "romanization"),
    ("Sinjin Korea Trading Corporation", _ORG, None, "CN", None, _SINJIN, "reordered"),
    ("Korea Sinjin Tradng Corporation", _ORG, None, None, None, _SINJIN, "typo"),
    ("Виталий Сергеевич Андреев", _PERSON, date(1980, 9, 29), "RU", None, _ANDREYEV, "cyrillic"),
    ("Андреев В.С.", _PERSON, None, "RU", None, _ANDREYEV, "cyrillic"),
    ("Andreev Vitaly", _PERSON, date(1980, 9, 29), "RU", None, _ANDREYEV, "romanization"),
    ("Vitalij Andrejew", _PERSON, None, "DE", None, _ANDREYEV, "romanization"),
    ("Vitaliy Andreyev", _PERSON, None, None, None, _ANDREYEV, "dropped-part"),
    ("Vitaliy Sergeyevich Andreyev", _PERSON, None, "RU", None, _ANDREYEV, "reordered"),
    ("Vitaliy Sergeyevich Andr\u0435yev", _PERSON, None, None, None, _ANDREYEV, "homoglyph"),
    ("Vitaliy Andre\u200byev", _PERSON, date(1980, 9, 29), None, None, _ANDREYEV, "invisible"),
    ("Daniel Brooks", _PERSON, date(1985, 4, 12), "US", _ANDREYEV_WALLET, _ANDREYEV, "wallet"),
    ("Shenyang Geumpungri Network Tech Co Ltd", _ORG, None, "CN", None, _GEUMPUNGRI, "dropped-part"),
    ("Shen Yang Geumpungri Network Technology Company Limited", _ORG, None, None, None, _GEUMPUNGRI, "joined"),
    ("Guempungri Network Technology", _ORG, None, None, None, _GEUMPUNGRI, "romanization"),
    ("SHENYANG GEUMPUNGRI\u2060 NETWORK TECHNOLOGY CO., LTD", _ORG, None, None, None, _GEUMPUNGRI, "invisible"),
    ("Shenyang Geumpungri Netwrok Technology Co., Ltd.", _ORG, None, "CN", None, _GEUMPUNGRI, "typo"),
    ("Jinyong Information Technology Cooperation Co", _ORG, None, None, None, _CHINYONG, "romanization"),
    ("Chinyong IT Cooperation Company", _ORG, None, None, None, _CHINYONG, "dropped-part"),
    ("CHINY\u041eNG INFORMATION TECHNOLOGY COOPERATION COMPANY", _ORG, None, None, None, _CHINYONG, "homoglyph"),
    ("Chin Yong Information Technology Cooperation Company", _ORG, None, "CN", None, _CHINYONG, "joined"),
)  # fmt: skip

_DEMO_SCHEMA = {
    "name": pl.String,
    "entity_type": pl.String,
    "dob": pl.Date,
    "country": pl.String,
    "wallet": pl.String,
    "planted_entity": pl.String,
    "variant": pl.String,
}


def demo_variants() -> pl.DataFrame:
    """Hand-written variants of the demo list's entities, each row naming the entity it should hit
    (planted_entity) and the kind of variant it is."""
    return pl.DataFrame(_DEMO_VARIANTS, schema=_DEMO_SCHEMA, orient="row")


def demo_customers(n: int = 300_000, *, seed: int = 0) -> pl.DataFrame:
    """n customers: customers(n - k, seed=seed) with the k demo_variants() rows inserted at
    deterministic positions (one in each of k equal slices of the file, the variants in a
    deterministic shuffled order). Adds planted_entity and
    variant (null for clean rows); planted rows have a null origin. customer_id follows the final
    row order, so it does not tell planted rows apart."""
    planted = demo_variants()
    k = planted.height
    if n < k:
        raise InvalidArgumentError(f"n must be at least the {k} planted variants, got {n}")
    clean = customers(n - k, seed=seed).with_columns(
        planted_entity=pl.lit(None, dtype=pl.String), variant=pl.lit(None, dtype=pl.String)
    )
    planted = planted.with_columns(customer_id=pl.lit(None, dtype=pl.String), origin=pl.lit(None, dtype=pl.String))
    combined = pl.concat([clean, planted.select(clean.columns)])
    positions, order = _planted_positions(n, k, seed)
    source = np.empty(n, dtype=np.int64)
    source[positions] = n - k + order
    is_clean = np.ones(n, dtype=bool)
    is_clean[positions] = False
    source[is_clean] = np.arange(n - k)
    return combined[source].with_columns(customer_id=_customer_ids(0, n))


def _planted_positions(n: int, k: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """(one row position in each of k equal slices of [0, n), increasing; which variant goes to each)."""
    lows = np.arange(k, dtype=np.int64) * n // k
    highs = np.arange(1, k + 1, dtype=np.int64) * n // k
    draws = _Draws(seed & _MASK64, np.arange(k, dtype=np.uint64))
    positions = lows + (draws.bits("planted-position") % (highs - lows).astype(np.uint64)).astype(np.int64)
    return positions, np.argsort(draws.bits("planted-order"), kind="stable")
