// Stops a form from sending a file larger than the server accepts, and says which file,
// so that nothing typed in the form is lost. The server checks the size again.
document.addEventListener('DOMContentLoaded', function () {
	document.querySelectorAll('input[type="file"][data-max-bytes]').forEach(function (input) {
		var message = document.getElementById(input.dataset.messageId);
		input.form.addEventListener('submit', function (event) {
			var max = Number(input.dataset.maxBytes);
			var tooLarge = Array.prototype.filter.call(input.files, function (file) {
				return file.size > max;
			});
			if (tooLarge.length === 0) {
				return;
			}
			event.preventDefault();
			message.textContent = input.dataset.tooLarge.replace('{name}', tooLarge[0].name);
			message.hidden = false;
			input.classList.add('is-invalid');
			input.setAttribute('aria-invalid', 'true');
			input.focus();
		});
	});
});
