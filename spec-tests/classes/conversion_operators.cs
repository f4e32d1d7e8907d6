// user-defined implicit/explicit conversions (chained with built-in ones), operator overloads
// including comparison pairs, true/false operators with && and ||, compound assignment, ++/--,
// unary operators, checked operators, and equality operators vs Equals
var a = new Meters(5.5);
double d = a;
Meters fromInt = 3;
var feet = (Feet)a;
Console.WriteLine($"{d} {fromInt} {feet} {(Meters)feet} {(int)(Meters)12.9}");
Meters sum = a + fromInt;
sum += 1.5;
sum++;
Console.WriteLine($"{sum} {-sum} {sum * 2} {2 * sum} {sum / 4} {sum > a} {sum <= a} {a == new Meters(5.5)} {a != 5.5}");
var t = new Tri(1); var f = new Tri(0); var u = new Tri(-1);
Console.WriteLine($"{(t && f)} {(t || u)} {(f && Trace("rhs"))} {(t || Trace("rhs2"))}");
if (t) Console.WriteLine("t is true");
if (u) Console.WriteLine("WRONG"); else Console.WriteLine("u is not true");
Console.WriteLine($"{!t} {!u}");
var c = new Counter(int.MaxValue);
try { c = checked(c + 1); } catch (OverflowException) { Console.WriteLine("checked operator threw"); }
c = c + 1;
Console.WriteLine(c.Value);
var v1 = new Vec(1, 2); var v2 = new Vec(3, 4);
Console.WriteLine($"{v1 + v2} {v2 - v1} {v1 * 3} {v1 == new Vec(1, 2)} {v1.Equals(new Vec(1, 2))} {ReferenceEquals(v1, new Vec(1, 2))} {~v1} {v1[0]},{v1[1]}");
static Tri Trace(string s) { Console.Write("(" + s + ")"); return new Tri(1); }
readonly struct Meters(double v)
{
    public double V => v;
    public static implicit operator double(Meters m) => m.V;
    public static implicit operator Meters(double x) => new(x);
    public static explicit operator Feet(Meters m) => new(m.V * 3.28084);
    public static Meters operator +(Meters x, Meters y) => new(x.V + y.V);
    public static Meters operator -(Meters x) => new(-x.V);
    public static Meters operator ++(Meters x) => new(x.V + 1);
    public static Meters operator *(Meters x, double k) => new(x.V * k);
    public static Meters operator *(double k, Meters x) => new(x.V * k * 10);
    public static Meters operator /(Meters x, double k) => new(x.V / k);
    public override string ToString() => $"{V:0.###}m";
}
readonly struct Feet(double v)
{
    public double V => v;
    public static explicit operator Meters(Feet f) => new(f.V / 3.28084);
    public override string ToString() => $"{v:F2}ft";
}
readonly struct Tri(int s)
{
    public static bool operator true(Tri t) => t.S > 0;
    public static bool operator false(Tri t) => t.ToString() == "0";
    public static Tri operator &(Tri x, Tri y) => new(Math.Min(x.S, y.S));
    public static Tri operator |(Tri x, Tri y) => new(Math.Max(x.S, y.S));
    public static Tri operator !(Tri x) => new(-x.S);
    public int S => s;
    public override string ToString() => s > 0 ? "+" : s == 0 ? "0" : "-";
}
readonly struct Counter(int v)
{
    public int Value => v;
    public static Counter operator +(Counter c, int k) => new(unchecked(c.Value + k));
    public static Counter operator checked +(Counter c, int k) => new(checked(c.Value + k));
}
class Vec(int x, int y)
{
    public int X => x; public int Y => y;
    public int this[int i] => i == 0 ? x : y;
    public static Vec operator +(Vec a, Vec b) => new(a.X + b.X, a.Y + b.Y);
    public static Vec operator -(Vec a, Vec b) => new(a.X - b.X, a.Y - b.Y);
    public static Vec operator *(Vec a, int k) => new(a.X * k, a.Y * k);
    public static Vec operator ~(Vec a) => new(a.Y, a.X);
    public static bool operator ==(Vec? a, Vec? b) => a?.X == b?.X && a?.Y == b?.Y;
    public static bool operator !=(Vec? a, Vec? b) => !(a == b);
    public override bool Equals(object? o) => o is Vec v && v == this;
    public override int GetHashCode() => x * 31 + y;
    public override string ToString() => $"<{x},{y}>";
}
