// InvalidCastException and ArrayTypeMismatchException raised by runtime type checks, with their
// message texts: castclass to classes, interfaces, arrays and generic instantiations, unbox to
// the wrong type (including enum/underlying-type and Nullable), covariant array stores, ldelema
// on covariant arrays (ref to element), Span over a covariant array, and generic variance
static void T(string what, Action a)
{
    try { a(); Console.WriteLine(what + ": ok"); }
    catch (Exception e) { Console.WriteLine($"{what}: {e.GetType().FullName}: {e.Message}"); }
}
static void Touch<TT>(ref TT x) { }
object s = "str";
object boxedInt = 42;
object boxedLong = 42L;
object boxedEnum = Color.Green;
object boxedPoint = new Point();
object list = new List<string>();
object strArr = new string[] { "a" };
object intArr = new int[] { 1 };
object dog = new Dog();
T("string to Uri", () => Console.WriteLine((Uri)s));
T("string to IDisposable", () => Console.WriteLine((IDisposable)s));
T("Dog to Cat", () => Console.WriteLine((Cat)dog));
T("Dog to Animal", () => Console.WriteLine(((Animal)dog).GetType().Name));
T("int to long unbox", () => Console.WriteLine((long)boxedInt));
T("long to int unbox", () => Console.WriteLine((int)boxedLong));
T("int to uint unbox", () => Console.WriteLine((uint)boxedInt));
T("enum to int unbox", () => Console.WriteLine((int)boxedEnum));
T("int to enum unbox", () => Console.WriteLine((Color)boxedInt));
T("int to int? unbox", () => Console.WriteLine((int?)boxedInt));
T("Point to int", () => Console.WriteLine((int)boxedPoint));
T("string to Point", () => Console.WriteLine(((Point)s).X));
T("List<string> to List<object>", () => Console.WriteLine((List<object>)list));
T("List<string> to IEnumerable<object>", () => Console.WriteLine(((IEnumerable<object>)list).Count()));
T("List<string> to IList<object>", () => Console.WriteLine((IList<object>)list));
T("string[] to object[]", () => Console.WriteLine(((object[])strArr).Length));
T("int[] to object[]", () => Console.WriteLine((object[])intArr));
T("int[] to uint[]", () => Console.WriteLine(((uint[])intArr).Length));
T("int[] to long[]", () => Console.WriteLine((long[])intArr));
T("string[] to int[]", () => Console.WriteLine((int[])strArr));
T("int[] to IList<int>", () => Console.WriteLine(((IList<int>)intArr).Count));
T("int[] to IList<long>", () => Console.WriteLine((IList<long>)intArr));
T("char to int via object", () => { object c = 'x'; Console.WriteLine((int)c); });
T("bool to int via object", () => { object b = true; Console.WriteLine((int)b); });
T("covariant store", () => { object[] a = new string[1]; a[0] = 1; });
T("covariant store Dog into Cat[]", () => { Animal[] a = new Cat[1]; a[0] = new Dog(); });
T("covariant store null", () => { object[] a = new string[1]; a[0] = null!; });
T("covariant store exact", () => { object[] a = new string[1]; a[0] = "x"; });
T("covariant ref element exact type", () => { object[] a = new object[1]; Touch(ref a[0]); });
T("covariant readonly span", () => { object[] a = new string[1]; ReadOnlySpan<object> sp = a; Console.WriteLine(sp.Length); });
T("interface array store", () => { IComparable[] a = new string[1]; a[0] = 5; });
T("Array.SetValue", () => { Array a = new string[1]; a.SetValue(5, 0); });
T("Convert.ChangeType", () => Console.WriteLine(Convert.ChangeType("abc", typeof(int))));
T("as operator", () => Console.WriteLine((s as Uri) == null));
T("pattern", () => Console.WriteLine(s is Uri u ? "uri" : "not uri"));
T("delegate cast", () => { object f = new Func<int>(() => 1); Console.WriteLine(((Action)f)); });
T("generic method cast", () => Console.WriteLine(CastTo<int>("x")));
T("generic method cast ok", () => Console.WriteLine(CastTo<string>("x")));
T("decimal unbox from double", () => { object d = 1.5; Console.WriteLine((decimal)d); });
static TT CastTo<TT>(object o) => (TT)o;
enum Color { Red, Green }
struct Point { public int X; }
class Animal { }
class Dog : Animal { }
class Cat : Animal { }
