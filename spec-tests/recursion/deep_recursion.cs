// Deep but bounded recursion on the main thread (dotnet's default 8 MB stack handles ~260k
// frames of this shape; 100000 keeps a wide margin).
using System;

class Program
{
    static int Depth(int n) => n == 0 ? 0 : 1 + Depth(n - 1);

    static long SumTo(long n) => n == 0 ? 0 : n + SumTo(n - 1);

    static int Ackermann(int m, int n) =>
        m == 0 ? n + 1 : n == 0 ? Ackermann(m - 1, 1) : Ackermann(m - 1, Ackermann(m, n - 1));

    static bool IsEven(int n) => n == 0 || IsOdd(n - 1);
    static bool IsOdd(int n) => n != 0 && IsEven(n - 1);

    static void Main()
    {
        Console.WriteLine(Depth(100_000));
        Console.WriteLine(SumTo(50_000));
        Console.WriteLine(Ackermann(2, 3) + " " + Ackermann(3, 3));
        Console.WriteLine(IsEven(10_001) + " " + IsOdd(20_001));
    }
}
