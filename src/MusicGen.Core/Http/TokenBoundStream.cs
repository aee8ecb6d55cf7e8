using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace MusicGen.Core.Http
{
    /// <summary>
    /// Hands every read the token it was made with. StreamReader reads without a token on
    /// netstandard2.0; the alternative, closing the stream under a pending read, could put a
    /// half-read connection back in the pool, whose next request then read the rest of this
    /// answer as its status line. A cancelled read instead ends the connection cleanly. It also
    /// counts: a read that takes the total past its limit throws instead of returning.
    /// </summary>
    internal sealed class TokenBoundStream : Stream
    {
        private readonly Stream _inner;
        private readonly CancellationToken _token;
        private readonly long _limit;
        private readonly Func<Exception> _tooLarge;
        private long _read;

        public TokenBoundStream(Stream inner, CancellationToken token, long limit, Func<Exception> tooLarge)
        {
            _inner = inner;
            _token = token;
            _limit = limit;
            _tooLarge = tooLarge;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            var read = await _inner.ReadAsync(buffer, offset, count, cancellationToken.CanBeCanceled ? cancellationToken : _token).ConfigureAwait(false);
            _read += read;
            if (_read > _limit)
            {
                throw _tooLarge();
            }

            return read;
        }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, _token).GetAwaiter().GetResult();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
