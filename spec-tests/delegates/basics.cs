// Delegates to static and instance methods, Func/Action, method group conversion, Target/Method.
using System;

delegate int BinaryOp(int a, int b);
delegate void Notify(string message);

class Calculator
{
    private readonly int bias;
    public Calculator(int bias) { this.bias = bias; }
    public int AddWithBias(int a, int b) => a + b + bias;
    public static int Multiply(int a, int b) => a * b;
}

class Program
{
    static int Subtract(int a, int b) => a - b;
    static void Apply(BinaryOp op, int x, int y) => Console.WriteLine($"{op.Method.Name}({x}, {y}) = {op(x, y)}");

    static void Main()
    {
        BinaryOp add = (a, b) => a + b;
        BinaryOp sub = Subtract;
        BinaryOp mul = Calculator.Multiply;
        var calc = new Calculator(100);
        BinaryOp biased = calc.AddWithBias;
        Apply(sub, 10, 3);
        Apply(mul, 6, 7);
        Apply(biased, 1, 2);
        Console.WriteLine(add(2, 2) + " " + add.Invoke(3, 3));
        Console.WriteLine((biased.Target == calc) + " " + (sub.Target == null) + " " + (mul.Target == null));
        Func<int, int> square = x => x * x;
        Func<int, int, int> pow = (b, e) => { int r = 1; for (int i = 0; i < e; i++) r *= b; return r; };
        Func<string> hello = () => "hello";
        Action<string> print = Console.WriteLine;
        Action noop = () => { };
        print(square(9) + " " + pow(2, 10) + " " + hello());
        noop();
        Func<int, Func<int, int>> adder = x => y => x + y;
        Console.WriteLine(adder(10)(5));
        Func<double, double> compose = Compose<double, double, double>(x => x + 1, x => x * 2);
        Console.WriteLine(compose(5));
        Notify n = msg => Console.WriteLine("notified: " + msg);
        n("event");
        Predicate<int> isEven = i => i % 2 == 0;
        Console.WriteLine(isEven(4) + " " + isEven(7) + " " + Array.FindAll(new[] { 1, 2, 3, 4 }, isEven).Length);
        Comparison<string> byLength = (a, b) => a.Length.CompareTo(b.Length);
        var words = new[] { "ccc", "a", "bb" };
        Array.Sort(words, byLength);
        Console.WriteLine(string.Join(",", words));
        BinaryOp same1 = Subtract, same2 = Subtract;
        Console.WriteLine(same1.Equals(same2) + " " + (same1 == same2) + " " + ReferenceEquals(same1, same2));
        var del = (Delegate)square;
        Console.WriteLine(del.DynamicInvoke(12));
        static int LocalStatic(int v) => v - 1;
        Func<int, int> fromLocal = LocalStatic;
        Console.WriteLine(fromLocal(1));
    }

    static Func<A, C> Compose<A, B, C>(Func<A, B> f, Func<B, C> g) => x => g(f(x));
}
