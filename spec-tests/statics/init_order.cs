// static initialization: explicit static ctors run at first access (not before), beforefieldinit
// types initialize no later than first static field access, initialization order of static
// fields follows textual order, cross-type dependencies, and TypeInitializationException
Console.WriteLine("main start");
Console.WriteLine("A.X = " + A.X);
Console.WriteLine("A.X again = " + A.X);
Console.WriteLine("B.Value = " + B.Value);
Console.WriteLine("Order: " + Order.First + " " + Order.Second + " " + Order.Third);
Console.WriteLine("Cycle: " + P.FromQ + " " + Q.FromP);
var c = new C();
Console.WriteLine("C instance made, C.Tag = " + C.Tag);
for (int i = 0; i < 2; i++)
{
    try { Console.WriteLine(Broken.Value); }
    catch (TypeInitializationException e)
    {
        Console.WriteLine($"attempt {i}: {e.GetType().Name} type={e.TypeName} inner={e.InnerException?.GetType().Name}: {e.InnerException?.Message}");
        Console.WriteLine(e.Message);
    }
}
Console.WriteLine("Lazy.Touch() = " + Lazy.Touch());
Console.WriteLine("Lazy.Field = " + Lazy.Field);
static class A
{
    public static int X = Init();
    static A() => Console.WriteLine("A cctor body, X=" + X);
    static int Init() { Console.WriteLine("A field init"); return 10; }
}
class B { public static readonly string Value; static B() { Console.WriteLine("B cctor"); Value = "b:" + A.X; } }
static class Order
{
    public static int Second = First + 1;
    public static int First = 5;
    public static int Third = First + Second;
}
static class P { public static int FromQ = Q.Base + 1; public static int Base = 100; }
static class Q { public static int FromP = P.Base + 2; public static int Base = 200; }
class C { public static string Tag = "tag"; static C() => Console.WriteLine("C cctor"); public C() => Console.WriteLine("C ctor"); }
static class Broken
{
    public static int Value = Compute();
    static Broken() => Console.WriteLine("Broken cctor body (never)");
    static int Compute() { Console.WriteLine("Broken computing"); throw new InvalidOperationException("cannot init"); }
}
static class Lazy
{
    static Lazy() => Console.WriteLine("Lazy cctor");
    public static string Field = "field";
    public static int Touch() => 7;
}
