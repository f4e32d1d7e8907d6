// boxing identity and copies: each boxing makes a new object, boxed struct mutation through an
// interface, Equals/ReferenceEquals on boxes, boxing in collections (ArrayList-like object[]),
// unboxing to the wrong type, boxing enums and chars, and generic methods that box
int n = 42;
object a = n, b = n;
Console.WriteLine($"{ReferenceEquals(a, b)} {a.Equals(b)} {a == b} {(int)a == (int)b}");
object same = a;
Console.WriteLine(ReferenceEquals(a, same));
n = 7;
Console.WriteLine(a + " " + n);
var m = new MutableS { V = 1 };
object boxed = m;
((IInc)boxed).Inc();
((IInc)boxed).Inc();
Console.WriteLine(((MutableS)boxed).V + " " + m.V);
IInc viaIface = m;
viaIface.Inc();
Console.WriteLine(m.V + " " + ((MutableS)viaIface).V);
object[] bag = { 1, 1L, 1.0, 1f, '1', "1", (byte)1, (short)1, 1m, true, DayOfWeek.Monday };
foreach (var item in bag) Console.Write(item.GetType().Name + ":" + item + " ");
Console.WriteLine();
Console.WriteLine(bag[0].Equals(bag[1]) + " " + bag[0].Equals(1) + " " + bag[2].Equals(1.0) + " " + bag[10].Equals(DayOfWeek.Monday) + " " + bag[10].Equals(1));
foreach (var target in new[] { "int", "long", "double" })
{
    try
    {
        object r = target switch { "int" => (int)bag[1], "long" => (long)bag[0], _ => (double)bag[3] };
        Console.WriteLine("ok " + r);
    }
    catch (InvalidCastException) { Console.WriteLine("InvalidCast unboxing to " + target); }
}
Console.WriteLine(Describe(5) + " " + Describe("s") + " " + Describe<object>(5) + " " + Describe(DayOfWeek.Friday));
int hashEqual = 0;
for (int i = 0; i < 100; i++) if (((object)i).GetHashCode() == i.GetHashCode()) hashEqual++;
Console.WriteLine(hashEqual);
ValueType vt = 3.5;
IComparable cmp = 10;
IFormattable fmt = 255;
Console.WriteLine(vt + " " + cmp.CompareTo(9) + " " + fmt.ToString("X", null) + " " + (vt is double));
object nul = null!;
Console.WriteLine((nul is int) + " " + (nul as int? == null));
static string Describe<T>(T x) => $"{typeof(T).Name}/{x is ValueType}/{(object?)x is IComparable}";
interface IInc { void Inc(); }
struct MutableS : IInc { public int V; public void Inc() => V++; }
