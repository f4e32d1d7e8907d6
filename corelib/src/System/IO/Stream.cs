using System.Threading;
using System.Threading.Tasks;

namespace System.IO
{
    public enum SeekOrigin { Begin = 0, Current = 1, End = 2 }

    /// <summary>Byte streams; the asynchronous members complete synchronously.</summary>
    public abstract class Stream : IDisposable, IAsyncDisposable
    {
        public static readonly Stream Null = new NullStream();

        public abstract bool CanRead { get; }
        public abstract bool CanSeek { get; }
        public abstract bool CanWrite { get; }
        public virtual bool CanTimeout => false;
        public abstract long Length { get; }
        public abstract long Position { get; set; }
        public abstract void Flush();
        public abstract int Read(byte[] buffer, int offset, int count);
        public abstract long Seek(long offset, SeekOrigin origin);
        public abstract void SetLength(long value);
        public abstract void Write(byte[] buffer, int offset, int count);

        public virtual int Read(Span<byte> buffer)
        {
            byte[] tmp = new byte[buffer.Length];
            int n = Read(tmp, 0, tmp.Length);
            for (int i = 0; i < n; i++) buffer[i] = tmp[i];
            return n;
        }
        public virtual void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);
        public virtual int ReadByte()
        {
            byte[] b = new byte[1];
            return Read(b, 0, 1) == 0 ? -1 : b[0];
        }
        public virtual void WriteByte(byte value) => Write(new byte[] { value }, 0, 1);
        public int ReadAtLeast(Span<byte> buffer, int minimumBytes, bool throwOnEndOfStream = true)
        {
            int total = 0;
            while (total < minimumBytes)
            {
                int n = Read(buffer.Slice(total));
                if (n == 0)
                {
                    if (throwOnEndOfStream) throw new EndOfStreamException();
                    break;
                }
                total += n;
            }
            return total;
        }
        public void ReadExactly(Span<byte> buffer) => ReadAtLeast(buffer, buffer.Length, true);
        public void ReadExactly(byte[] buffer, int offset, int count) => ReadExactly(new Span<byte>(buffer, offset, count));
        public void CopyTo(Stream destination) => CopyTo(destination, 81920);
        public virtual void CopyTo(Stream destination, int bufferSize)
        {
            if (destination == null) throw new ArgumentNullException(nameof(destination));
            byte[] buf = new byte[bufferSize];
            int n;
            while ((n = Read(buf, 0, buf.Length)) > 0) destination.Write(buf, 0, n);
        }

        public virtual void Close() { Dispose(true); }
        public void Dispose() => Close();
        protected virtual void Dispose(bool disposing) { }
        public virtual ValueTask DisposeAsync() { Dispose(); return default; }

        public Task<int> ReadAsync(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, default);
        public virtual Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));
        public Task WriteAsync(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count, default);
        public virtual Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) { Write(buffer, offset, count); return Task.CompletedTask; }
        public Task FlushAsync() => FlushAsync(default);
        public virtual Task FlushAsync(CancellationToken cancellationToken) { Flush(); return Task.CompletedTask; }
        public Task CopyToAsync(Stream destination) { CopyTo(destination); return Task.CompletedTask; }

        protected static void ValidateBufferArguments(byte[] buffer, int offset, int count)
        {
            if (buffer == null) throw new ArgumentNullException(nameof(buffer));
            if (offset < 0) throw new ArgumentOutOfRangeException(nameof(offset), "Non-negative number required.");
            if ((uint)count > (uint)(buffer.Length - offset)) throw new ArgumentOutOfRangeException(nameof(count), "Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
        }

        private sealed class NullStream : Stream
        {
            public override bool CanRead => true;
            public override bool CanSeek => true;
            public override bool CanWrite => true;
            public override long Length => 0;
            public override long Position { get => 0; set { } }
            public override void Flush() { }
            public override int Read(byte[] buffer, int offset, int count) => 0;
            public override long Seek(long offset, SeekOrigin origin) => 0;
            public override void SetLength(long value) { }
            public override void Write(byte[] buffer, int offset, int count) { }
        }
    }

    public class MemoryStream : Stream
    {
        private byte[] _buffer;
        private int _origin;
        private int _position;
        private int _length;
        private int _capacity;
        private bool _expandable;
        private bool _writable;
        private bool _exposable;
        private bool _isOpen;

        public MemoryStream() : this(0) { }
        public MemoryStream(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException(nameof(capacity), "Capacity must be positive.");
            _buffer = capacity != 0 ? new byte[capacity] : Array.Empty<byte>();
            _capacity = capacity;
            _expandable = true; _writable = true; _exposable = true; _isOpen = true;
        }
        public MemoryStream(byte[] buffer) : this(buffer, true) { }
        public MemoryStream(byte[] buffer, bool writable)
        {
            if (buffer == null) throw new ArgumentNullException(nameof(buffer));
            _buffer = buffer;
            _length = _capacity = buffer.Length;
            _writable = writable; _isOpen = true;
        }
        public MemoryStream(byte[] buffer, int index, int count) : this(buffer, index, count, true, false) { }
        public MemoryStream(byte[] buffer, int index, int count, bool writable) : this(buffer, index, count, writable, false) { }
        public MemoryStream(byte[] buffer, int index, int count, bool writable, bool publiclyVisible)
        {
            ValidateBufferArguments(buffer, index, count);
            _buffer = buffer;
            _origin = _position = index;
            _length = _capacity = index + count;
            _writable = writable; _exposable = publiclyVisible; _isOpen = true;
        }

        private void EnsureNotClosed()
        {
            if (!_isOpen) throw new ObjectDisposedException(null, "Cannot access a closed Stream.");
        }
        private void EnsureWriteable()
        {
            if (!_writable) throw new NotSupportedException("Stream does not support writing.");
        }

        public override bool CanRead => _isOpen;
        public override bool CanSeek => _isOpen;
        public override bool CanWrite => _writable && _isOpen;

        public virtual int Capacity
        {
            get { EnsureNotClosed(); return _capacity - _origin; }
            set
            {
                if (value < Length) throw new ArgumentOutOfRangeException(nameof(value), "capacity was less than the current size.");
                EnsureNotClosed();
                if (!_expandable && value != Capacity) throw new NotSupportedException("Memory stream is not expandable.");
                if (_expandable && value != _capacity)
                {
                    byte[] nb = value > 0 ? new byte[value] : Array.Empty<byte>();
                    if (_length > 0) Array.Copy(_buffer, 0, nb, 0, _length);
                    _buffer = nb;
                    _capacity = value;
                }
            }
        }
        public override long Length { get { EnsureNotClosed(); return _length - _origin; } }
        public override long Position
        {
            get { EnsureNotClosed(); return _position - _origin; }
            set
            {
                if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), "Non-negative number required.");
                EnsureNotClosed();
                if (value > int.MaxValue) throw new ArgumentOutOfRangeException(nameof(value), "Stream length must be non-negative and less than 2^31 - 1 - origin.");
                _position = _origin + (int)value;
            }
        }

        private bool EnsureCapacity(int value)
        {
            if (value < 0) throw new IOException("Stream was too long.");
            if (value > _capacity)
            {
                int newCapacity = Math.Max(value, 256);
                if (newCapacity < _capacity * 2) newCapacity = _capacity * 2;
                Capacity = newCapacity;
                return true;
            }
            return false;
        }

        public override void Flush() { }
        public virtual byte[] GetBuffer()
        {
            if (!_exposable) throw new UnauthorizedAccessException("MemoryStream's internal buffer cannot be accessed.");
            return _buffer;
        }
        public virtual bool TryGetBuffer(out ArraySegment<byte> buffer)
        {
            if (!_exposable) { buffer = default; return false; }
            buffer = new ArraySegment<byte>(_buffer, _origin, _length - _origin);
            return true;
        }
        public virtual byte[] ToArray()
        {
            int count = _length - _origin;
            byte[] copy = new byte[count];
            if (count > 0) Array.Copy(_buffer, _origin, copy, 0, count);
            return copy;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            ValidateBufferArguments(buffer, offset, count);
            EnsureNotClosed();
            int n = _length - _position;
            if (n > count) n = count;
            if (n <= 0) return 0;
            Array.Copy(_buffer, _position, buffer, offset, n);
            _position += n;
            return n;
        }
        public override int ReadByte()
        {
            EnsureNotClosed();
            if (_position >= _length) return -1;
            return _buffer[_position++];
        }
        public override long Seek(long offset, SeekOrigin loc)
        {
            EnsureNotClosed();
            long basePos = loc == SeekOrigin.Begin ? _origin : loc == SeekOrigin.Current ? _position : loc == SeekOrigin.End ? _length
                : throw new ArgumentException("Invalid seek origin.");
            long p = basePos + offset;
            if (p < _origin) throw new IOException("An attempt was made to move the position before the beginning of the stream.");
            _position = (int)p;
            return _position - _origin;
        }
        public override void SetLength(long value)
        {
            if (value < 0 || value > int.MaxValue) throw new ArgumentOutOfRangeException(nameof(value), "Stream length must be non-negative and less than 2^31 - 1 - origin.");
            EnsureNotClosed();
            EnsureWriteable();
            int newLength = _origin + (int)value;
            bool allocated = EnsureCapacity(newLength);
            if (!allocated && newLength > _length) Array.Clear(_buffer, _length, newLength - _length);
            _length = newLength;
            if (_position > newLength) _position = newLength;
        }
        public override void Write(byte[] buffer, int offset, int count)
        {
            ValidateBufferArguments(buffer, offset, count);
            EnsureNotClosed();
            EnsureWriteable();
            int end = _position + count;
            if (end < 0) throw new IOException("Stream was too long.");
            if (end > _length)
            {
                bool mustZero = _position > _length;
                if (end > _capacity && EnsureCapacity(end)) mustZero = false;
                if (mustZero) Array.Clear(_buffer, _length, end - _length);
                _length = end;
            }
            Array.Copy(buffer, offset, _buffer, _position, count);
            _position = end;
        }
        public override void WriteByte(byte value)
        {
            EnsureNotClosed();
            EnsureWriteable();
            if (_position >= _length)
            {
                int newLength = _position + 1;
                bool mustZero = _position > _length;
                if (newLength >= _capacity && EnsureCapacity(newLength)) mustZero = false;
                if (mustZero) Array.Clear(_buffer, _length, _position - _length);
                _length = newLength;
            }
            _buffer[_position++] = value;
        }
        public virtual void WriteTo(Stream stream)
        {
            if (stream == null) throw new ArgumentNullException(nameof(stream));
            EnsureNotClosed();
            stream.Write(_buffer, _origin, _length - _origin);
        }
        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _isOpen = false;
                _writable = false;
                _expandable = false;
            }
        }
    }
}
