// ref returns, ref locals, ref reassignment, in parameters, out parameters, ref to array
// elements and struct fields, ref readonly, and ref struct-free swaps
var data = new int[] { 5, 8, 2, 9, 1 };
ref int max = ref MaxRef(data);
max = 100;
Console.WriteLine(string.Join(",", data));
ref int r = ref data[0];
r++;
r = ref data[4];
r *= 7;
Console.WriteLine(string.Join(",", data));
var p = new Point(1, 2);
ref int px = ref p.X;
px = 50;
Console.WriteLine(p);
Swap(ref data[0], ref data[1]);
Console.WriteLine(string.Join(",", data));
Console.WriteLine(Sum(in p) + " " + Sum(new Point(3, 4)));
if (TryDivide(17, 5, out int q, out int rem)) Console.WriteLine($"{q} r{rem}");
Console.WriteLine(TryDivide(1, 0, out _, out var rem2) + " " + rem2);
var store = new Store();
ref int slot = ref store.Slot(2);
slot = 77;
store.Slot(0) = 11;
Console.WriteLine(string.Join(",", store.Items));
ref readonly Point rp = ref store.Origin;
Console.WriteLine(rp.X + rp.Y);
int a = 1, b = 2;
ref int pick = ref (a > b ? ref a : ref b);
pick = 20;
Console.WriteLine(a + " " + b);
Point[] pts = { new(1, 1), new(2, 2) };
ref Point first = ref pts[0];
first.X = 9;
Console.WriteLine(pts[0] + " " + pts[1]);
foreach (ref Point pt in pts.AsSpan()) pt.Y += 100;
Console.WriteLine(pts[0] + " " + pts[1]);
static ref int MaxRef(int[] xs)
{
    int best = 0;
    for (int i = 1; i < xs.Length; i++) if (xs[i] > xs[best]) best = i;
    return ref xs[best];
}
static void Swap<T>(ref T x, ref T y) => (x, y) = (y, x);
static int Sum(in Point pt) => pt.X + pt.Y;
static bool TryDivide(int x, int y, out int quotient, out int remainder)
{
    if (y == 0) { quotient = remainder = -1; return false; }
    quotient = x / y; remainder = x % y; return true;
}
struct Point(int x, int y)
{
    public int X = x, Y = y;
    public override string ToString() => $"({X},{Y})";
}
class Store
{
    public int[] Items = new int[4];
    private Point origin = new(3, 4);
    public ref int Slot(int i) => ref Items[i];
    public ref readonly Point Origin => ref origin;
}
