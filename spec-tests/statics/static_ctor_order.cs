// Static constructors run once, lazily, right before first access to a static member or instance
// creation (types with an explicit static constructor are not beforefieldinit).
using System;

class A
{
    public static int Value = Trace("A.Value initializer", 1);
    static A() { Console.WriteLine("A static ctor"); }
    public static void Touch() => Console.WriteLine("A.Touch");
    public static int Trace(string s, int v) { Console.WriteLine(s); return v; }
}

class B
{
    public static readonly int Value = A.Trace("B.Value initializer (reads A)", A.Value + 1);
    static B() { Console.WriteLine("B static ctor"); }
    public B() { Console.WriteLine("B instance ctor"); }
}

class C : B
{
    static C() { Console.WriteLine("C static ctor"); }
    public C() { Console.WriteLine("C instance ctor"); }
    public static void Hello() => Console.WriteLine("C.Hello");
}

class Lazy1
{
    static Lazy1() { Console.WriteLine("Lazy1 static ctor (should appear once)"); }
    public const int Constant = 5;
    public static int Field = 6;
}

class Program
{
    static void Main()
    {
        Console.WriteLine("Main starts");
        Console.WriteLine("const does not trigger: " + Lazy1.Constant);
        Console.WriteLine("--- touching C.Hello");
        C.Hello();
        Console.WriteLine("--- new C()");
        new C();
        Console.WriteLine("--- A.Touch");
        A.Touch();
        Console.WriteLine("--- B.Value = " + B.Value);
        Console.WriteLine("--- Lazy1.Field = " + Lazy1.Field);
        Console.WriteLine("--- Lazy1.Field again = " + Lazy1.Field);
    }
}
