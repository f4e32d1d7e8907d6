// struct copy semantics: assignment copies, copies in collections and arrays, readonly struct,
// defensive copies on readonly fields, mutable struct through interface (boxed), default values,
// equality (ValueType.Equals by fields), and with expressions on structs
var a = new Counter { N = 1 };
var b = a;
b.N = 2;
Console.WriteLine(a.N + " " + b.N);
var list = new List<Counter> { a };
var item = list[0];
item.Increment();
Console.WriteLine(list[0].N + " " + item.N);
var arr = new Counter[2];
arr[0].Increment();
arr[0].Increment();
Console.WriteLine(arr[0].N + " " + arr[1].N);
var holder = new Holder();
holder.Mutable.Increment();
holder.Readonly.Increment();
Console.WriteLine(holder.Mutable.N + " " + holder.Readonly.N);
ICounter boxed = a;
boxed.Increment();
boxed.Increment();
Console.WriteLine(a.N + " " + boxed.Value);
object o = a;
Counter unboxed = (Counter)o;
unboxed.Increment();
Console.WriteLine(((Counter)o).N + " " + unboxed.N);
Console.WriteLine(default(Counter).N + " " + new Pair().Equals(default(Pair)));
var p1 = new Pair(1, "x");
var p2 = new Pair(1, "x");
var p3 = new Pair(2, "x");
Console.WriteLine(p1.Equals(p2) + " " + p1.Equals(p3) + " " + p1.Equals((object)"x"));
var v = new Vec(1.5, 2);
var w = v with { Y = 10 };
Console.WriteLine(v + " " + w + " " + (v == w) + " " + (v with { } == v));
Console.WriteLine(v.Length.ToString("F4"));
static void Bump(Counter c) => c.Increment();
Bump(a);
Console.WriteLine(a.N);
interface ICounter { void Increment(); int Value { get; } }
struct Counter : ICounter
{
    public int N;
    public void Increment() => N++;
    public int Value => N;
}
class Holder
{
    public Counter Mutable;
    public readonly Counter Readonly;
}
struct Pair
{
    public int A; public string? B;
    public Pair(int a, string b) { A = a; B = b; }
}
readonly record struct Vec(double X, double Y)
{
    public double Length => Math.Sqrt(X * X + Y * Y);
}
