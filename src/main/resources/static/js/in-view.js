// Brings what the last action said into view and gives it the focus, so that a person
// sees it and a screen reader reads it first: the error summary of a sent form, a
// refusal, or what was done. Each lies at the top of the page's main content.
document.addEventListener('DOMContentLoaded', function () {
	var message = document.getElementById('error-summary')
		|| document.getElementById('flash-error')
		|| document.getElementById('flash-message');
	if (!message) {
		return;
	}
	message.scrollIntoView({ block: 'start' });
	message.focus({ preventScroll: true });
});
