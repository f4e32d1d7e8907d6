// unsafe
// Pointer code compiled with -unsafe+: fixed, pointer arithmetic, stackalloc to a pointer, sizeof.
using System;

unsafe struct Pair
{
    public int A;
    public int B;
    public fixed byte Tag[4];
}

class Program
{
    static unsafe int SumPtr(int* p, int n)
    {
        int s = 0;
        for (int i = 0; i < n; i++) s += *(p + i);
        return s;
    }

    static unsafe void Main()
    {
        int[] arr = { 1, 2, 3, 4, 5 };
        fixed (int* p = arr)
        {
            Console.WriteLine(SumPtr(p, arr.Length));
            p[2] = 30;
            int* q = p + 4;
            *q = 50;
            Console.WriteLine((q - p) + " " + *(q - 1));
        }
        Console.WriteLine(string.Join(",", arr));
        int* buf = stackalloc int[4];
        for (int i = 0; i < 4; i++) buf[i] = i * 11;
        Console.WriteLine(SumPtr(buf, 4));
        Pair pair = new Pair { A = 7, B = 9 };
        Pair* pp = &pair;
        pp->B += 1;
        pair.Tag[0] = 65;
        Console.WriteLine(pair.A + " " + pair.B + " " + pair.Tag[0] + " " + sizeof(Pair));
        long l = 0x1122334455667788;
        byte* bytes = (byte*)&l;
        Console.WriteLine(bytes[0].ToString("X2") + " " + bytes[7].ToString("X2"));
        string s = "pin";
        fixed (char* c = s) Console.WriteLine(c[0] + " " + (int)c[3]);
        Console.WriteLine(sizeof(int) + " " + sizeof(long) + " " + sizeof(char) + " " + sizeof(decimal) + " " + (IntPtr.Size == 8 || IntPtr.Size == 4));
    }
}
