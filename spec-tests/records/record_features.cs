// more records: positional records with extra members, init-only property validation in
// constructors, records implementing interfaces, generic records, abstract record bases with
// derived ToString, record equality with custom Equals, and records as dictionary keys
var shapes = new Shape[] { new Circle(1.5), new Square(2), new Circle(1.5) };
foreach (var s in shapes) Console.WriteLine($"{s} area={s.Area:F3} {s is IHasArea}");
Console.WriteLine((shapes[0] == shapes[2]) + " " + (shapes[0] == shapes[1]) + " " + shapes.Distinct().Count());
var counts = new Dictionary<Shape, int>();
foreach (var s in shapes) counts[s] = counts.GetValueOrDefault(s) + 1;
Console.WriteLine(string.Join(", ", counts.Select(kv => $"{kv.Key}:{kv.Value}")));
var box = new Box<int>(5, "five");
var box2 = box with { Label = "FIVE" };
Console.WriteLine($"{box} {box2} {box == box2} {new Box<string>("s", null)}");
try { var bad = new Temperature(-500); } catch (ArgumentException e) { Console.WriteLine(e.Message); }
var t = new Temperature(25);
Console.WriteLine($"{t} {t.Fahrenheit} {t with { Celsius = 100 }}");
var ci1 = new CaseInsensitive("Hello");
var ci2 = new CaseInsensitive("HELLO");
Console.WriteLine($"{ci1 == ci2} {ci1.Equals(ci2)} {ci1}");
var (radius, _) = (Circle)shapes[0] is var c ? (c.Radius, 0) : (0, 0);
Console.WriteLine(radius);
interface IHasArea { double Area { get; } }
abstract record Shape : IHasArea { public abstract double Area { get; } }
record Circle(double Radius) : Shape { public override double Area => Math.PI * Radius * Radius; }
record Square(double Side) : Shape { public override double Area => Side * Side; public override string ToString() => $"Square[{Side}]"; }
record Box<T>(T Value, string? Label);
record Temperature
{
    public Temperature(double celsius) { if (celsius < -273.15) throw new ArgumentException($"{celsius} is below absolute zero"); Celsius = celsius; }
    public double Celsius { get; init; }
    public double Fahrenheit => Celsius * 9 / 5 + 32;
}
record CaseInsensitive(string Text)
{
    public virtual bool Equals(CaseInsensitive? other) => other is not null && string.Equals(Text, other.Text, StringComparison.OrdinalIgnoreCase);
    public override int GetHashCode() => Text.ToUpperInvariant().Length;
}
