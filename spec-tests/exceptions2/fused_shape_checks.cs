// null, bounds and zero checks inside instruction shapes an interpreter may combine: field
// compound updates (o.F += x, o.D += x * y), field branches (if (o.Flag)), element branches
// (if (a[i] != 0)), constant-index loads (a[0]), element stores of constants, element-to-element
// moves and swaps, byte stores in counted loops, a[i].F on struct arrays, c + x * a[i]; each case
// prints the exception and the state that was written before it
static void T(string what, Func<string> f)
{
    try { Console.WriteLine(what + ": " + f()); }
    catch (Exception e) { Console.WriteLine(what + ": " + e.GetType().Name); }
}
static int I(int x) => x;
static Obj? NullObj() => null;
int[] ints = { 1, 2, 3 };
double[] dbls = { 1.5, 2.5 };
byte[] bytes = new byte[4];
Pt[] pts = { new Pt { X = 7, Y = 8 } };
int[] empty = new int[0];
int[]? nullArr = null;
T("o.F += x null", () => { var o = NullObj(); int x = I(3); o!.F += x; return "no"; });
T("o.F += 1 null", () => { var o = NullObj(); o!.F += 1; return "no"; });
T("o.F -= x null", () => { var o = NullObj(); o!.F -= I(2); return "no"; });
T("o.D += x*y null", () => { var o = NullObj(); double x = I(2), y = I(3); o!.D += x * y; return "no"; });
T("o.D -= x*y null", () => { var o = NullObj(); double x = I(2), y = I(3); o!.D -= x * y; return "no"; });
T("o1.D + o2.D null", () => { var o1 = new Obj { D = 1 }; var o2 = NullObj(); double r = o1.D + o2!.D; return r.ToString(); });
T("o.D + x null", () => { var o = NullObj(); double x = I(1); double r = o!.D + x; return r.ToString(); });
T("if (o.Flag) null", () => { var o = NullObj(); if (o!.Flag) return "t"; return "f"; });
T("while (o.Flag) null", () => { var o = NullObj(); int n = 0; while (!o!.Flag && n < 3) n++; return n.ToString(); });
T("if (a[i] != 0) oob", () => { int i = I(3); if (ints[i] != 0) return "t"; return "f"; });
T("if (a[i] == 0) neg", () => { int i = I(-1); if (ints[i] == 0) return "t"; return "f"; });
T("if (bytes[i] != 0) oob", () => { int i = I(4); if (bytes[i] != 0) return "t"; return "f"; });
T("if (a[i]) null arr", () => { int i = I(0); if (nullArr![i] != 0) return "t"; return "f"; });
T("empty[0]", () => empty[0].ToString());
T("null[0]", () => nullArr![0].ToString());
T("empty[0] = 5", () => { empty[0] = 5; return "no"; });
T("ints[i] = 5 oob", () => { ints[I(3)] = 5; return "no"; });
T("bytes[i] = 9 oob", () => { bytes[I(4)] = 9; return "no"; });
T("a[i] = a[j] j oob", () => { int i = I(0), j = I(5); ints[i] = ints[j]; return string.Join(",", ints); });
T("a[i] = a[j] i oob", () => { int i = I(5), j = I(1); ints[i] = ints[j]; return string.Join(",", ints); });
T("swap j oob", () => { int i = I(0), j = I(3); int t = 0; try { t = ints[i]; ints[i] = ints[j]; ints[j] = t; } finally { Console.Write("[t=" + t + " a=" + string.Join(",", ints) + "] "); } return "no"; });
T("swap i oob", () => { int i = I(-1), j = I(1); int t = -9; try { t = ints[i]; ints[i] = ints[j]; ints[j] = t; } finally { Console.Write("[t=" + t + "] "); } return "no"; });
T("byte loop overrun", () => { int n = I(6); int k = 0; try { for (k = 0; k < n; k++) bytes[k] = 1; } finally { Console.Write("[k=" + k + " bytes=" + string.Join(",", bytes) + "] "); } return "no"; });
T("byte loop <= overrun", () => { int n = I(4); int k = 0; try { for (k = 0; k <= n; k++) bytes[k] = 2; } finally { Console.Write("[k=" + k + "] "); } return "no"; });
T("pts[i].X oob", () => pts[I(1)].X.ToString());
T("pts[i].Y ok", () => pts[I(0)].Y.ToString());
T("c + x * a[i] oob", () => { double c = 1, x = 2; return (c + x * dbls[I(2)]).ToString(); });
T("sum += x * a[i] loop", () => { double s = 0; int k = 0; try { for (k = 0; k < 3; k++) s += 2 * dbls[k]; } finally { Console.Write("[s=" + s + " k=" + k + "] "); } return "no"; });
T("int sum loop oob", () => { int s = 0, k = 0; try { for (k = 0; k <= ints.Length; k++) s += ints[k]; } finally { Console.Write("[s=" + s + "] "); } return "no"; });
T("x / (k - k)", () => { int k = I(4); int x = 12 / (k - 4); return x.ToString(); });
T("x % k loop", () => { int acc = 0; for (int k = I(3); k >= 0; k--) acc += 12 % k; return acc.ToString(); });
T("(double)x / k int", () => { int k = I(0); return ((double)I(5) / k).ToString(); });
T("x / k long", () => { long k = I(0); return (I(5) / k).ToString(); });
T("i++ < n with checked", () => { int i = I(int.MaxValue - 2); int n = 0; try { checked { while (i < int.MaxValue + 0L + 5) { i++; n++; } } } finally { Console.Write("[n=" + n + "] "); } return "no"; });
T("a[i] += x oob", () => { ints[I(3)] += 4; return "no"; });
T("a[i]++ null", () => { nullArr![I(0)]++; return "no"; });
T("o.Arr[i] null field", () => { var o = new Obj(); return o.Arr![I(0)].ToString(); });
T("o.Arr.Length null obj", () => { var o = NullObj(); return o!.Arr!.Length.ToString(); });
T("return o.F == k ? ..", () => { var o = NullObj(); return Pick(o!, 3); });
static string Pick(Obj o, int k) { if (o.F == k) return "eq"; return "ne"; }
class Obj { public int F; public double D; public bool Flag; public int[]? Arr; }
struct Pt { public int X, Y; }
