// property patterns (nested, with relational and logical combinators), positional patterns on
// records and deconstructable types, type patterns with designations, var patterns, and
// switch statements with when guards
object[] things = { new Point(0, 0), new Point(3, -3), new Circle(new Point(1, 1), 2), new Circle(new Point(0, 0), 0),
    new Rect(new Point(0, 0), new Point(4, 4)), "text", 42, -7L, null!, 3.5, new int[] { 1, 2 } };
foreach (var t in things) Console.WriteLine(Describe(t));
static string Describe(object? o) => o switch
{
    Point(0, 0) => "origin",
    Point(var x, var y) when x == -y => $"anti-diagonal {x}",
    Point { X: > 0 } p => $"right point {p}",
    Circle { Radius: 0 } => "degenerate circle",
    Circle { Center: { X: 1, Y: var cy }, Radius: var r and > 1 } => $"circle at x=1 y={cy} r={r}",
    Rect(var tl, var br) when br.X - tl.X == br.Y - tl.Y => $"square side {br.X - tl.X}",
    string { Length: > 3 and < 10 } s => $"medium string '{s}'",
    int i and (< 0 or > 40) => $"extreme int {i}",
    long l => $"long {l}",
    double d when d % 1 != 0 => $"fractional {d}",
    int[] { Length: 2 } arr => $"pair array sum {arr.Sum()}",
    null => "null",
    var other => $"other {other.GetType().Name}",
};
var shapes = new object[] { new Point(1, 2), new Circle(new Point(5, 5), 1.5) };
foreach (var s in shapes)
{
    switch (s)
    {
        case Point { X: var px } when px > 0:
            Console.WriteLine("switch point " + px);
            break;
        case Circle c:
            var (center, radius) = c;
            Console.WriteLine($"switch circle {center} {radius}");
            break;
    }
}
if (shapes[0] is Point { Y: 2 } found) Console.WriteLine("is-pattern " + found.X);
if (shapes[1] is not Point) Console.WriteLine("not a point");
Console.WriteLine((shapes[0] is Point(1, _)) + " " + (shapes[0] is Point(_, 3)));
record Point(int X, int Y);
record Circle(Point Center, double Radius);
record Rect(Point TopLeft, Point BottomRight);
