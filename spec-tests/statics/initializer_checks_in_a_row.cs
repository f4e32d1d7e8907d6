// Several accesses to a type's statics in one run of straight-line code: the interpreter checks
// the type initializer once for them. The initializer must still run exactly once, at the first
// access, also when it is reached recursively, and a failing one must fail every access.
using System;

static class Log { public static string Text = ""; }

class Counter
{
    public static int Value = Init();
    public static int Other = 7;
    static int Init() { Log.Text += "[Counter]"; return 40; }
    public static int Next() => ++Value;
}

class Broken
{
    public static int X = Fail();
    public static int Y = 2;
    static int Fail() { Log.Text += "[Broken]"; throw new InvalidOperationException("no"); }
}

class SelfReferencing
{
    public static int A = B + 1;      // reads B while the initializer is running: 0
    public static int B = A + 10;
}

public static class Program
{
    public static int Main()
    {
        Log.Text += "start ";
        int s = Counter.Value + Counter.Other + Counter.Next() + Counter.Value;
        Log.Text += "sum=" + s + " ";
        for (int i = 0; i < 3; i++) s += Counter.Next() + Counter.Other;
        Console.WriteLine(Log.Text + " " + s + " " + Counter.Value);
        for (int i = 0; i < 2; i++)
        {
            try { int v = Broken.Y + Broken.X; Console.WriteLine("no throw " + v); }
            catch (TypeInitializationException e) { Console.WriteLine("TIE " + e.InnerException.GetType().Name + " " + e.TypeName); }
        }
        try { Console.WriteLine(Broken.Y); } catch (TypeInitializationException) { Console.WriteLine("TIE again"); }
        Console.WriteLine(SelfReferencing.A + " " + SelfReferencing.B + " " + Log.Text);
        return Counter.Value;
    }
}
