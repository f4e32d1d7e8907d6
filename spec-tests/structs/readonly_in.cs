// readonly structs and members, in parameters (no copies of readonly structs), defensive copies
// of non-readonly structs through readonly fields and in parameters, ref readonly returns, and
// readonly members that cannot mutate
var big = new Big(1, 2, 3, 4);
Console.WriteLine(Total(in big) + " " + Total(big) + " " + big.Sum());
var m = new Mut();
var holder = new Holder(m);
holder.Field.Bump();
holder.Field.Bump();
Console.WriteLine(holder.Field.N + " " + holder.Mutable.N);
holder.Mutable.Bump();
Console.WriteLine(holder.Mutable.N);
Console.WriteLine(BumpIn(in holder.Mutable) + " " + holder.Mutable.N);
Console.WriteLine(m.ReadonlyPeek() + " " + m.N);
ref readonly Big r = ref Pick(ref big);
Console.WriteLine(r.A + r.D);
var p = new Point3(1, 2, 3);
var q = p.WithX(10);
Console.WriteLine(p + " " + q + " " + p.Length2 + " " + q.Length2);
Span<Point3> pts = stackalloc Point3[] { new(1, 1, 1), new(2, 2, 2) };
ref Point3 first = ref pts[0];
first = first.WithX(5);
Console.WriteLine(pts[0] + " " + pts[1]);
static int Total(in Big b) => b.A + b.B + b.C + b.D;
static int BumpIn(in Mut x) { x.Bump(); return x.N; }
static ref readonly Big Pick(ref Big b) => ref b;
readonly struct Big(int a, int b, int c, int d)
{
    public readonly int A = a, B = b, C = c, D = d;
    public int Sum() => A + B + C + D;
}
struct Mut
{
    public int N;
    public void Bump() => N++;
    public readonly int ReadonlyPeek() => N + 100;
}
class Holder(Mut m)
{
    public readonly Mut Field = m;
    public Mut Mutable = m;
}
readonly record struct Point3(int X, int Y, int Z)
{
    public Point3 WithX(int x) => this with { X = x };
    public int Length2 => X * X + Y * Y + Z * Z;
}
