// NullReferenceException raised by runtime checks: field loads and stores, instance calls
// (virtual and non-virtual), ldlen, array element load/store/address, unbox of null, delegate
// invoke, struct field through a null ref-type holder, string members, foreach over null,
// throw null, and the exceptions that are NOT NullReference (lock(null), Nullable unbox)
static void T(string what, Action a)
{
    try { a(); Console.WriteLine(what + ": no exception"); }
    catch (Exception e) { Console.WriteLine($"{what}: {e.GetType().FullName}: {e.Message}"); }
}
Node? n = null;
int[]? arr = null;
object? o = null;
string? s = null;
Action? act = null;
Func<int, int>? fn = null;
Holder? h = null;
IShape? shape = null;
int[,]? md = null;
T("field load", () => Console.WriteLine(n!.Value));
T("field store", () => n!.Value = 3);
T("ref field store", () => n!.Next = new Node());
T("struct field in null class", () => Console.WriteLine(h!.P.X));
T("struct field store in null class", () => h!.P.X = 1);
T("non-virtual call", () => n!.Plain());
T("virtual call", () => Console.WriteLine(n!.ToString()));
T("interface call", () => Console.WriteLine(shape!.Area()));
T("non-virtual call not touching this", () => n!.Static2());
T("ldlen", () => Console.WriteLine(arr!.Length));
T("ldelem", () => Console.WriteLine(arr![0]));
T("stelem", () => arr![0] = 1);
T("ldelema", () => Inc(ref arr![0]));
T("md array get", () => Console.WriteLine(md![0, 0]));
T("unbox null to int", () => Console.WriteLine((int)o!));
T("unbox null to int?", () => Console.WriteLine(((int?)o).HasValue));
T("unbox null to struct", () => Console.WriteLine(((Point)o!).X));
T("delegate invoke", () => act!());
T("func invoke", () => Console.WriteLine(fn!(1)));
T("string length", () => Console.WriteLine(s!.Length));
T("string index", () => Console.WriteLine(s![0]));
T("foreach null array", () => { foreach (var x in arr!) Console.WriteLine(x); });
T("foreach null list", () => { List<int>? l = null; foreach (var x in l!) Console.WriteLine(x); });
T("throw null", () => throw null!);
T("GetType on null", () => Console.WriteLine(o!.GetType()));
T("Equals on null", () => Console.WriteLine(o!.Equals(1)));
T("null string concat ok", () => Console.WriteLine("[" + s + "]"));
T("null conditional ok", () => Console.WriteLine(n?.Value ?? -1));
T("base method via null", () => Console.WriteLine(((object)n!).GetHashCode()));
T("array of struct elem field", () => { Point[]? ps = null; ps![0].X = 1; });
T("span from null array ok", () => Console.WriteLine(new Span<int>(arr).Length));
T("Array.Length via Array", () => Console.WriteLine(((Array)o!).Length));
T("generic constrained call", () => Console.WriteLine(Gen(n!)));
T("event on null", () => { Node? q = null; q!.Changed += () => { }; });
T("auto property", () => Console.WriteLine(n!.Auto));
static void Inc(ref int x) => x++;
static string Gen<TT>(TT v) where TT : class => v.ToString()!;
class Node
{
    public int Value;
    public Node? Next;
    public int Auto { get; set; }
    public event Action? Changed;
    public void Plain() => Console.WriteLine("plain " + Value);
    public void Static2() => Console.WriteLine("static2 (this unused)");
    public override string ToString() => "node";
}
class Holder { public Point P; }
struct Point { public int X; }
interface IShape { double Area(); }
