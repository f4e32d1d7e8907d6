// records: value equality, ToString format (nested, collections, nulls), with-expressions,
// inheritance (EqualityContract makes base != derived), deconstruction, custom PrintMembers,
// record struct equality and mutability, and sealed ToString override
var a = new Person("Ann", 30);
var b = new Person("Ann", 30);
var c = a with { Age = 31 };
Console.WriteLine($"{a} | {a == b} {a.Equals(b)} {ReferenceEquals(a, b)} {a == c} {a != c}");
Console.WriteLine(c);
var s1 = new Student("Ann", 30, "MIT");
Person asPerson = s1;
Console.WriteLine(s1 + " | " + (asPerson == a) + " " + a.Equals(asPerson) + " " + asPerson.Equals(new Student("Ann", 30, "MIT")));
var s2 = s1 with { Name = "Bob" };
Console.WriteLine(s2 + " " + s2.GetType().Name);
Person p2 = s1 with { };
Console.WriteLine(p2.GetType().Name + " " + (p2 == s1));
var (name, age) = a;
Console.WriteLine(name + " " + age);
var box = new Box(new[] { 1, 2 }, null, new Person("In", 1));
Console.WriteLine(box);
Console.WriteLine(new Box(box.Items, null, box.Inner) == box);
Console.WriteLine(new Box(new[] { 1, 2 }, null, box.Inner) == box);
Console.WriteLine(new Custom(5));
var pt = new Pt(1, 2);
var pt2 = pt;
pt2.X = 10;
Console.WriteLine($"{pt} {pt2} {pt == new Pt(1, 2)} {pt.Equals(pt2)}");
var rp = new RPt(3, 4);
Console.WriteLine($"{rp} {rp with { Y = 0 }} {rp == new RPt(3, 4)}");
Console.WriteLine(new Empty() + " " + (new Empty() == new Empty()));
Console.WriteLine(new Sealed(1));
record Person(string Name, int Age);
record Student(string Name, int Age, string School) : Person(Name, Age);
record Box(int[] Items, string? Note, Person Inner);
record Custom(int V) { protected virtual bool PrintMembers(System.Text.StringBuilder sb) { sb.Append("v=").Append(V * 2); return true; } }
record struct Pt(int X, int Y);
readonly record struct RPt(int X, int Y);
record Empty;
record Sealed(int Z) { public sealed override string ToString() => "sealed " + Z; }
