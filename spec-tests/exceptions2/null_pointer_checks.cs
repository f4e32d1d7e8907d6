// unsafe
// dereferencing null pointers and null managed references raises NullReferenceException in .NET:
// *p for p == null (read and write, several widths), Unsafe.NullRef, a null ref passed to a method,
// fields of a struct through a null pointer, null pointer arithmetic near zero, and delegates
// created from a null instance
using System.Runtime.CompilerServices;
static void T(string what, Action a)
{
    try { a(); Console.WriteLine(what + ": no exception"); }
    catch (Exception e) { Console.WriteLine($"{what}: {e.GetType().FullName}: {e.Message}"); }
}
static void Inc(ref int x) => x++;
unsafe
{
    T("read int*", () => { int* p = null; Console.WriteLine(*p); });
    T("write int*", () => { int* p = null; *p = 1; });
    T("read byte*", () => { byte* p = null; Console.WriteLine(*p); });
    T("read long*", () => { long* p = null; Console.WriteLine(*p); });
    T("read double*", () => { double* p = null; Console.WriteLine(*p); });
    T("struct field via null", () => { Pt* p = null; Console.WriteLine(p->Y); });
    T("struct write via null", () => { Pt* p = null; p->X = 1; });
    T("struct copy via null", () => { Pt* p = null; Pt v = *p; Console.WriteLine(v.X); });
    T("NullRef read", () => Console.WriteLine(Unsafe.NullRef<int>()));
    T("NullRef write", () => { ref int r = ref Unsafe.NullRef<int>(); r = 5; });
    T("NullRef to method", () => Inc(ref Unsafe.NullRef<int>()));
    T("IsNullRef ok", () => Console.WriteLine(Unsafe.IsNullRef(ref Unsafe.NullRef<int>())));
    T("delegate from null virtual", () => { Node? n = null; Func<string?> f = n!.ToString; Console.WriteLine("created"); });
}
struct Pt { public int X, Y; }
class Node { public void M() => Console.WriteLine("M on " + (this == null ? "null" : "node")); }
