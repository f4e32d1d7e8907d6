// using statements and declarations: reverse disposal order, disposal on exception and on
// return, null resources, struct disposables (no boxing of the copy), pattern-based Dispose on
// ref structs, and nested usings
using (var a = new Res("a"))
using (var b = new Res("b"))
{
    Console.WriteLine("body ab");
}
Console.WriteLine("-- declarations");
Declarations();
Console.WriteLine("-- exception");
try
{
    using var x = new Res("x");
    using var y = new Res("y");
    throw new InvalidOperationException("fail");
}
catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }
Console.WriteLine("-- return value " + WithReturn());
Console.WriteLine("-- null");
using (Res? none = null) Console.WriteLine("null resource ok");
Console.WriteLine("-- struct");
var sd = new StructRes();
using (sd) { Console.WriteLine("struct body"); }
Console.WriteLine("struct copy count " + sd.Count + " static " + StructRes.Disposed);
Console.WriteLine("-- ref struct");
using (var r = new RefRes()) Console.WriteLine("ref struct body");
Console.WriteLine("-- dispose throws");
try
{
    using var good = new Res("good");
    using var bad = new Res("bad", throwOnDispose: true);
    Console.WriteLine("body");
}
catch (Exception e) { Console.WriteLine("caught " + e.Message); }
static void Declarations()
{
    using var first = new Res("first");
    {
        using var inner = new Res("inner");
        Console.WriteLine("inner scope");
    }
    using var second = new Res("second");
    Console.WriteLine("end of method");
}
static int WithReturn()
{
    using var r = new Res("ret");
    return 42;
}
class Res(string name, bool throwOnDispose = false) : IDisposable
{
    public void Dispose()
    {
        Console.WriteLine("dispose " + name);
        if (throwOnDispose) throw new Exception("dispose failed " + name);
    }
}
struct StructRes : IDisposable
{
    public int Count;
    public static int Disposed;
    public void Dispose() { Count++; Disposed++; Console.WriteLine("struct dispose"); }
}
ref struct RefRes { public void Dispose() => Console.WriteLine("ref struct dispose"); }
