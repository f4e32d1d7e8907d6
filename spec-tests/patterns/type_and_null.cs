// type patterns over class hierarchies and interfaces, null checks with 'is null'/'is not null'
// (ignoring overloaded ==), patterns on generic values, declaration patterns in && chains,
// switch statement fallthrough with multiple labels, and when clauses reading pattern variables
object?[] items = { new Dog("rex", 3), new Cat("tom", true), new Cat("kit", false), 7, 7L, "str", null, new[] { 1 }, 2.5f };
foreach (var it in items) Console.WriteLine(Classify(it));
var w = new Weird();
Console.WriteLine((w == null) + " " + (w is null) + " " + (w is not null) + " " + ReferenceEquals(w, null));
Console.WriteLine(Check<int>(5) + " " + Check<string?>(null) + " " + Check<string>("x") + " " + Check<int?>(null) + " " + Check<int?>(3));
object o = new Dog("fido", 12);
if (o is Dog d && d.Age > 10 && d.Name is { Length: > 3 } name) Console.WriteLine("old dog " + name);
foreach (var n in new object[] { 1, 2, 3, 4, "5" })
{
    switch (n)
    {
        case 1:
        case 2:
            Console.Write("small ");
            break;
        case int i when i % 2 == 0:
            Console.Write("even-big ");
            break;
        case int:
            Console.Write("odd-big ");
            break;
        default:
            Console.Write("not-int ");
            break;
    }
}
Console.WriteLine();
static string Classify(object? o) => o switch
{
    Dog { Age: < 5 } d => $"young dog {d.Name}",
    Dog d => $"dog {d.Name}",
    IPet { Indoor: true } p => $"indoor pet {p.Name}",
    IPet p => $"outdoor pet {p.Name}",
    int or long => $"integer {o}",
    string s => $"string of {s.Length}",
    Array a => $"array rank {a.Rank} len {a.Length}",
    null => "nothing",
    _ => $"other {o.GetType().Name}",
};
static string Check<T>(T v) => v is null ? "null" : v is int i ? "int" + i : "T:" + v;
interface IPet { string Name { get; } bool Indoor { get; } }
record Dog(string Name, int Age) : IPet { public bool Indoor => false; }
record Cat(string Name, bool Indoor) : IPet;
class Weird
{
    public static bool operator ==(Weird? a, Weird? b) => true;
    public static bool operator !=(Weird? a, Weird? b) => false;
    public override bool Equals(object? o) => true;
    public override int GetHashCode() => 0;
}
